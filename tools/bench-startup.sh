#!/usr/bin/env bash
# Whole-process timings of the ccp CLI (cold JVM each run; the AppCDS archive exists, as it does
# for a user after the first run). Targets: --version <= 0.3 s, validate of ~40 services <= 0.6 s.
#   tools/bench-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
runs=${1:-10}
[ -f ccp-core/target/ccp.jar ] || mvn -B -q package -DskipTests
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
config=$(tools/bench/gen-services.sh "$work/cloud" 40 8)
export HOME=$work/home XDG_CACHE_HOME=$work/cache
mkdir -p "$HOME"
bin/ccp --version >/dev/null   # makes the CDS archive once

# median wall seconds of "$@" over $runs runs
median() {
  local times=() start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "FAILED: $*" >&2; "$@" >&2 || true; exit 1; }; end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f s (min %.3f, max %.3f, n=%d)", m/1000, a[1]/1000, a[NR]/1000, NR}'
}

echo "ccp --version:                 $(median bin/ccp --version)"
echo "ccp validate (40 services):    $(median bin/ccp --config-file "$config" validate)"
echo "ccp config dump (40 services): $(median bin/ccp --config-file "$config" config dump)"
echo "ccp show-dep svc-39:           $(median bin/ccp --config-file "$config" show-dep svc-39)"
echo "(machine: $(nproc) cores, $(java -version 2>&1 | head -1))"
