#!/usr/bin/env bash
# Whole-process timings of `ccp deploy` against a Fabric8 mock API server (CRUD mode, its own
# process, nodes node1..node3) for the bundled example (etc/topology-example.yaml, 23 services):
# the first apply, then RUNS no-op re-deploys (median), counting the writes the server received.
# Targets (issue 4): first apply <= 3 s; no-op re-deploy 0 writes and <= 1 s.
#   tools/bench-deploy.sh [RUNS]          (default 5; MVN_OFFLINE= to let Maven download)
# Prints the phases of one more no-op run (ccp -v -v) at the end. On a shared machine compare the
# CPU seconds (user+sys of the ccp process) too: wall time grows with the load, CPU time much less.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
repo=$(pwd)
runs=${1:-5}
offline=${MVN_OFFLINE--o}
work=$(mktemp -d)
mock_pid=
finish() {
  if [ -n "$mock_pid" ]; then
    echo quit >&"${MOCK[1]}" 2>/dev/null || true
    wait "$mock_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap finish EXIT

maven() { # quiet Maven; its output (Maven 3.8 prints colour resets even with -B -q) only on failure
  mvn -B -q -Dstyle.color=never $offline "$@" >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 1; }
}
[ -f ccp-core/target/ccp.jar ] || maven package -DskipTests -Dccp.buildDir=target
# The mock server lives in ccp-core's test classes; its classpath comes from Maven.
maven -pl ccp-core -am test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt"
classpath=$repo/ccp-core/target/test-classes:$repo/ccp-core/target/classes:$(cat "$work/cp.txt")

coproc MOCK { exec java -XX:+UseSerialGC -cp "$classpath" dev.ccp.cli.blackbox.MockApiServerMain "$work/mock" node1,node2,node3; }
mock_pid=$MOCK_PID
read -r ready port kubeconfig <&"${MOCK[0]}"
[ "$ready" = ready ] || { echo "mock API server did not start: $ready $port" >&2; exit 1; }

mkdir -p "$work/run" "$work/home"
export HOME=$work/home KUBECONFIG=$kubeconfig
export XDG_CACHE_HOME=${XDG_CACHE_HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)/.cache}
config=$repo/etc/topology-example.yaml

writes() { # the number of writes since the last call; the write lines go to $work/writes.txt
  local header count
  echo writes >&"${MOCK[1]}"
  read -r header count <&"${MOCK[0]}"
  : >"$work/writes.txt"
  for ((w = 0; w < count; w++)); do read -r line <&"${MOCK[0]}"; echo "$line" >>"$work/writes.txt"; done
  echo "$count"
}

deploy_ms() { # runs one deploy, prints its wall milliseconds; its CPU milliseconds (user+sys) go to
              # $work/cpu.txt, its stderr to $work/deploy.err
  local start end status=0 TIMEFORMAT='%U %S'
  start=$(date +%s%N)
  { time (cd "$work/run" && "$repo/bin/ccp" --config-file "$config" "$@" deploy >/dev/null 2>"$work/deploy.err"); } \
    2>"$work/time.txt" || status=$?
  end=$(date +%s%N)
  if [ "$status" -ne 0 ]; then
    echo "deploy failed (exit $status):" >&2; cat "$work/deploy.err" >&2; return 1
  fi
  awk '{printf "%d\n", ($1 + $2) * 1000}' "$work/time.txt" >"$work/cpu.txt"
  echo $(( (end - start) / 1000000 ))
}

seconds() { awk -v ms="$1" 'BEGIN {printf "%.3f", ms / 1000}'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN {print (v <= t) ? "ok" : "OVER"}'; }

"$repo/bin/ccp" --version >/dev/null   # records the start-up cache once per jar build (not measured)
writes >/dev/null                      # the node registrations

first=$(deploy_ms)
first_cpu=$(cat "$work/cpu.txt")
first_writes=$(writes)
first_summary=$(grep -E "^created " "$work/deploy.err" || true)

noop=() noop_cpu=() noop_writes=0
for ((i = 0; i < runs; i++)); do
  ms=$(deploy_ms)
  noop+=("$ms")
  noop_cpu+=("$(cat "$work/cpu.txt")")
  n=$(writes)
  noop_writes=$((noop_writes + n))
  [ "$n" -eq 0 ] || { echo "no-op re-deploy $((i + 1)) made $n writes:" >&2; head -20 "$work/writes.txt" >&2; }
done
median_of() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
median=$(median_of "${noop[@]}")
median_cpu=$(median_of "${noop_cpu[@]}")
min=$(printf '%s\n' "${noop[@]}" | sort -n | head -1)
max=$(printf '%s\n' "${noop[@]}" | sort -n | tail -1)

# One more no-op run with -v -v, each line stamped with the milliseconds since the process started.
phases=$(
  start=$(date +%s%N)
  stamp() { printf '%6d ms  %s\n' $(( ($(date +%s%N) - start) / 1000000 )) "$1"; }
  (cd "$work/run" && "$repo/bin/ccp" --config-file "$config" -v -v deploy 2>&1 >/dev/null) \
    | while IFS= read -r line; do stamp "$line"; done \
    | grep -E ' in [0-9]+ ms|^ *[0-9]+ ms  (API server|registry|nodes|created [0-9])' || true
  stamp "process ended"
)
writes >/dev/null

echo "== ccp deploy of etc/topology-example.yaml against the mock API server (port $port)"
printf '%-34s %8s s   target <= 3 s    %-4s  (CPU %s s; %d writes)\n' "first apply:" "$(seconds "$first")" \
  "$(verdict "$(seconds "$first")" 3)" "$(seconds "$first_cpu")" "$first_writes"
printf '%-34s %8s s   target <= 1 s    %-4s  (CPU %s s; min %s, max %s, n=%d)\n' "no-op re-deploy (median):" \
  "$(seconds "$median")" "$(verdict "$(seconds "$median")" 1)" "$(seconds "$median_cpu")" "$(seconds "$min")" \
  "$(seconds "$max")" "$runs"
printf '%-34s %8d     target 0         %-4s\n' "writes of the no-op re-deploys:" "$noop_writes" \
  "$([ "$noop_writes" -eq 0 ] && echo ok || echo OVER)"
echo "first apply: $first_summary"
if [ -n "$phases" ]; then
  echo "phases of a no-op re-deploy (ccp -v -v; time since the process started, then ccp's own figure):"
  echo "$phases" | sed 's/^/  /'
fi
echo "(machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
[ "$noop_writes" -eq 0 ]
