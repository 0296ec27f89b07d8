#!/usr/bin/env bash
# JMH benchmarks of the language side, warm JVM:
#   LoadValidateBenchmark    load + merge + validate of a synthetic ~40-service cloud (target <= 50 ms)
#   TemplateRenderBenchmark  container-file rendering on one thread; templates/s = ops/s x templates
#                            per op (printed first; target >= 8,000/s)
#   tools/bench-dsl.sh [REGEX [JMH args...]]     e.g. tools/bench-dsl.sh LoadValidate -p services=40,200
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
mvn -B -q package -DskipTests -pl benchmarks -am
bench=${1:-'LoadValidateBenchmark|TemplateRenderBenchmark'}
shift || true
java -Dccp.repo="$PWD" -cp benchmarks/target/benchmarks.jar dev.ccp.benchmarks.TemplateRenderBenchmark
exec java -Dccp.repo="$PWD" -jar benchmarks/target/benchmarks.jar -f 1 -wi 5 -w 2s -i 5 -r 2s "$@" "$bench"
