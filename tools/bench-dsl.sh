#!/usr/bin/env bash
# JMH: warm load + merge + validate of a synthetic ~40-service cloud (target <= 50 ms).
#   tools/bench-dsl.sh [JMH args...]     e.g. tools/bench-dsl.sh -p services=40,200
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
mvn -B -q package -DskipTests -pl benchmarks -am
exec java -Dccp.repo="$PWD" -jar benchmarks/target/benchmarks.jar -f 1 -wi 5 -w 2s -i 5 -r 2s "$@" LoadValidateBenchmark
