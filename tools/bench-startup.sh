#!/usr/bin/env bash
# Whole-process timings of the ccp CLI (cold JVM each run; the start-up cache exists, as it does
# for a user after the first run), on the JVM bin/ccp picks and, when present, on Java 17.
# Targets: --version <= 0.3 s; validate of ~40 services <= 0.6 s; deploy --dry-run --export-dir of
# the bundled example (23 services, 3 nodes) <= 0.5 s (its phases: tools/bench-dryrun.sh).
#   tools/bench-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
runs=${1:-10}
[ -f ccp-core/target/ccp.jar ] || mvn -B -q package -DskipTests
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
config=$(tools/bench/gen-services.sh "$work/cloud" 40 8)
export HOME=$work/home XDG_CACHE_HOME=$work/cache
mkdir -p "$HOME"

# median wall seconds of "$@" over $runs runs
median() {
  local times=() start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "FAILED: $*" >&2; "$@" >&2 || true; exit 1; }; end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f s (min %.3f, max %.3f, n=%d)", m/1000, a[1]/1000, a[NR]/1000, NR}'
}

dry_run() {
  rm -rf "$work/export"
  bin/ccp --config-file etc/topology-example.yaml deploy --dry-run --nodes node1,node2,node3 --export-dir "$work/export"
}

measure() {
  CCP_LAUNCHER_INFO=1 bin/ccp --version 2>&1 >/dev/null | sed 's/^ccp launcher: /== /'   # records the cache once
  echo "ccp --version:                  $(median bin/ccp --version)"
  echo "ccp validate (40 services):     $(median bin/ccp --config-file "$config" validate)"
  echo "ccp config dump (40 services):  $(median bin/ccp --config-file "$config" config dump)"
  echo "ccp show-dep svc-39:            $(median bin/ccp --config-file "$config" show-dep svc-39)"
  echo "ccp deploy --dry-run (example): $(median dry_run)"
}

measure
java17=/usr/lib/jvm/java-17-openjdk-amd64
if [ -z "${JAVA_HOME:-}" ] && [ -x $java17/bin/java ]; then
  JAVA_HOME=$java17 measure
fi
echo "(machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
