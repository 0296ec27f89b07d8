#!/usr/bin/env bash
# Whole-process time of `ccp deploy --dry-run --export-dir` of the bundled example (23 services,
# 3 nodes, 153 files; target <= 0.5 s): the median of RUNS cold runs in ms, with the CPU time
# (user + sys) and the median time of each phase (from the -vv debug lines), on the JVM bin/ccp
# picks and, when JAVA_HOME is unset and it is installed, on JDK 17. The start-up cache is
# recorded first (into a temporary cache directory), as it is for a user after the first run.
#   tools/bench-dryrun.sh [RUNS]
#   CCP_JAR=/path/to/other/ccp.jar tools/bench-dryrun.sh [RUNS]   # another build, for a before/after
# Phases: config, definitions, topology+render, export as DeployCommand reports them (-vv);
# jvm+exit = the wall time they do not cover: launcher, JVM start-up, CLI parsing, exit.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
runs=${1:-10}
[ -n "${CCP_JAR:-}" ] || [ -f ccp-core/target/ccp.jar ] || mvn -B -q package -DskipTests
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache

one_run() { # prints: wall_ms cpu_ms config definitions render export (cumulative ms)
  local start end
  rm -rf "$work/export"
  start=$(date +%s%N)
  if ! { time bin/ccp -vv --config-file etc/topology-example.yaml deploy --dry-run --nodes node1,node2,node3 \
      --export-dir "$work/export" >/dev/null 2>"$work/err"; } 2>"$work/time"; then
    cat "$work/err" >&2; exit 1
  fi
  end=$(date +%s%N)
  local cpu
  cpu=$(awk '{printf "%d", ($2 + $3) * 1000}' "$work/time")
  local marks
  marks=$(sed -n -e 's/^config loaded in \([0-9]*\) ms$/\1/p' \
      -e 's/^service definitions loaded in \([0-9]*\) ms$/\1/p' \
      -e 's/^[0-9]* objects rendered in \([0-9]*\) ms$/\1/p' \
      -e 's/^exported in \([0-9]*\) ms$/\1/p' "$work/err" | tr '\n' ' ')
  echo "$(( (end - start) / 1000000 )) $cpu $marks"
}

median_of() { # the median of column $1 of $work/cols
  awk -v c="$1" '{print $c}' "$work/cols" | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'
}

range_of() { # "min A, max B" of column $1 of $work/cols
  awk -v c="$1" '{print $c}' "$work/cols" | sort -n | awk 'NR == 1 {min = $1} {max = $1} END {print "min " min ", max " max}'
}

measure() {
  CCP_LAUNCHER_INFO=1 bin/ccp --version 2>&1 >/dev/null | sed 's/^ccp launcher: /== /'   # records the cache once
  local TIMEFORMAT='%3R %3U %3S'
  one_run >/dev/null   # warms the file cache
  for ((i = 0; i < runs; i++)); do one_run; done > "$work/runs"
  # per run: wall, cpu, then the phases as differences of the cumulative marks, and the rest
  awk '{print $1, $2, $3, $4 - $3, $5 - $4, $6 - $5, $1 - $6}' "$work/runs" > "$work/cols"
  local w cpu c d r e j
  read -r w cpu c d r e j <<< "$(for col in 1 2 3 4 5 6 7; do median_of "$col"; done | tr '\n' ' ')"
  echo "deploy --dry-run --export-dir: $w ms median ($(range_of 1), n=$runs), cpu $cpu ms"
  echo "  phases (median ms): config $c, definitions $d, topology+render $r, export $e, jvm+exit $j"
}

measure
java17=/usr/lib/jvm/java-17-openjdk-amd64
if [ -z "${JAVA_HOME:-}" ] && [ -x $java17/bin/java ]; then
  JAVA_HOME=$java17 measure
fi
echo "(machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
