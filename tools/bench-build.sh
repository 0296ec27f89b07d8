#!/usr/bin/env bash
# Parallel build efficiency of `ccp build` against the real dockerd (tools/dev-env.sh up):
# a synthetic tree of 1 base and 8 children of equal cost (RUN sleep 1) with 2 workers, built
# without cache. Prints the run's wall time against the ideal critical path
# (base + ceil(8/2) children, from the per-image times of the same run). Target: <= 1.15x.
#   tools/bench-build.sh [CHILDREN] [WORKERS]
#
# With --in-tree: the whole in-tree image tree (components/, 27 images from Debian bookworm
# packages) built cold into the local registry under a fresh namespace (nothing cached, every
# package downloaded), then rebuilt with nothing changed; prints both whole-process times.
# Target for the no-op rebuild: <= 3 s. Takes 10-15 minutes on 2 cores.
#   tools/bench-build.sh --in-tree [WORKERS]
# With --in-tree-noop: the no-op rebuild alone, against etc/ccp-local.yaml (the tree is built
# first when anything is missing, not timed), median of 5 whole-process runs.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

if [[ ${1:-} == --in-tree-noop ]]; then
  [ -f ccp-core/target/ccp.jar ] && [ -f entrypoint/target/ccp-entrypoint.jar ] || mvn -B -q package -DskipTests
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  bin/ccp --config-file etc/ccp-local.yaml build --summary-json "$work/first.json" >"$work/first.out" 2>&1 \
    || { tail -40 "$work/first.out" >&2; exit 1; }
  times=()
  for i in 1 2 3 4 5; do
    start=$(date +%s%N)
    bin/ccp --config-file etc/ccp-local.yaml build --summary-json "$work/noop.json" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
    python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); bad=[i["name"] for i in s["images"] if i["state"]!="already-present"]; sys.exit("no-op run rebuilt: "+", ".join(bad) if bad else 0)' "$work/noop.json"
  done
  python3 - "$work/noop.json" "${times[@]}" <<'PY'
import json, statistics, sys
summary, times = json.load(open(sys.argv[1])), [int(t) for t in sys.argv[2:]]
print(f"no-op rebuild of {len(summary['images'])} in-tree images (all already-present): whole process median "
      f"{statistics.median(times) / 1000:.2f} s (runs: {', '.join(f'{t / 1000:.2f}' for t in times)}); target <= 3 s")
PY
  echo "(machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
  exit 0
fi

if [[ ${1:-} == --in-tree ]]; then
  workers=${2:-2}
  [ -f ccp-core/target/ccp.jar ] && [ -f entrypoint/target/ccp-entrypoint.jar ] || mvn -B -q package -DskipTests
  work=$(mktemp -d)
  namespace=ccp-bench-tree-$$
  trap 'docker images --format "{{.Repository}}:{{.Tag}}" | grep "/$namespace/" | xargs -r docker rmi -f >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
  cat >"$work/ccp.yaml" <<YAML
registry: {address: "127.0.0.1:31500", insecure: true}
builder: {push: true, workers: $workers}
images: {namespace: $namespace, tag: latest, base_distro: debian, base_tag: bookworm}
YAML
  run() { # label, extra args
    local label=$1 start end
    shift
    start=$(date +%s%N)
    bin/ccp --config-file "$work/ccp.yaml" build --summary-json "$work/$label.json" --log-dir "$work/logs-$label" "$@" \
      >"$work/$label.out" 2>&1 || { tail -40 "$work/$label.out" >&2; echo "build failed: logs in $work/logs-$label" >&2; trap - EXIT; exit 1; }
    end=$(date +%s%N)
    python3 - "$work/$label.json" "$label" "$(( (end - start) / 1000000 ))" <<'PY'
import collections, json, sys
summary, label, ms = json.load(open(sys.argv[1])), sys.argv[2], int(sys.argv[3])
states = collections.Counter(i["state"] for i in summary["images"])
print(f"{label}: {len(summary['images'])} images ({', '.join(f'{n} {s}' for s, n in sorted(states.items()))}); "
      f"build wall {summary['wall_seconds']:.1f} s, whole process {ms / 1000:.2f} s")
PY
  }
  run cold --no-cache
  run no-op
  echo "(target: no-op rebuild <= 3 s; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
  exit 0
fi
children=${1:-8}
workers=${2:-2}
[ -f ccp-core/target/ccp.jar ] || mvn -B -q package -DskipTests
work=$(mktemp -d)
namespace=ccp-bench-$$
cleanup() {
  docker images --format '{{.Repository}}:{{.Tag}}' | grep "^$namespace/" | xargs -r docker rmi -f >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/components/bench/docker/base"
printf 'FROM {{ base_distro }}:{{ base_tag }}\nRUN sleep 1\n' >"$work/components/bench/docker/base/Dockerfile.j2"
for ((i = 1; i <= children; i++)); do
  mkdir -p "$work/components/bench/docker/child-$i"
  printf 'FROM {{ image_spec("base") }}\nRUN sleep 1 && echo %d > /child\n' "$i" >"$work/components/bench/docker/child-$i/Dockerfile.j2"
done
cat >"$work/ccp.yaml" <<YAML
repositories: {path: $work/components, repos: [{name: bench, git_url: unused}], clone: false}
images: {namespace: $namespace, base_images: [base]}
builder: {workers: $workers, no_cache: true}
YAML
export HOME=$work/home XDG_CACHE_HOME=${XDG_CACHE_HOME:-$HOME/.cache}
mkdir -p "$HOME"

start=$(date +%s%N)
bin/ccp --config-file "$work/ccp.yaml" build --summary-json "$work/summary.json" --log-dir "$work/logs" >/dev/null 2>"$work/err" \
  || { cat "$work/err" >&2; exit 1; }
end=$(date +%s%N)

python3 - "$work/summary.json" "$children" "$workers" "$(( (end - start) / 1000000 ))" <<'PY'
import json, math, statistics, sys
summary, children, workers, process_ms = json.load(open(sys.argv[1])), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
times = {i["name"]: i["seconds"] for i in summary["images"]}
child = statistics.median(t for n, t in times.items() if n != "base")
ideal = times["base"] + math.ceil(children / workers) * child
wall = summary["wall_seconds"]
print(f"images: 1 base + {children} children, {workers} workers; base {times['base']:.2f} s, child median {child:.2f} s")
print(f"build wall {wall:.2f} s vs ideal critical path {ideal:.2f} s: {wall / ideal:.3f}x (target <= 1.15x)")
print(f"whole process (JVM start, render, plan, build): {process_ms / 1000:.2f} s")
PY
echo "(machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
