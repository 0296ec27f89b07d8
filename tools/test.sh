#!/usr/bin/env bash
# The one command that runs the whole test suite:
#   1. tools/dev-env.sh up  (dockerd, registry, etcd, base image)
#   2. mvn -B -Dstyle.color=never verify [ARGS...]
#   3. tools/smoke-local.sh: the local end-to-end proof (keystone images built, its environment run
#      by the harness on the local Docker Engine, a token issued); only for the whole suite (no ARGS)
#   4. tools/dev-env.sh down for the services step 1 started (also on failure)
# and exits non-zero when Maven or the smoke test failed.
#
# Usage: tools/test.sh [--dry-run] [MAVEN_ARGS...]    e.g. tools/test.sh -pl dsl
#   --dry-run   bring the services up and down, but do not run Maven
#   MVN=...     the Maven command (default: mvn), e.g. MVN="mvn -T1"
#   CCP_SMOKE=0 skip step 3
set -euo pipefail

# shellcheck source=tools/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"

dry_run=false
if [[ ${1:-} == --dry-run ]]; then
    dry_run=true
    shift
fi
read -r -a maven_command <<<"${MVN:-mvn}"
((${#maven_command[@]} > 0)) || die "MVN is empty"

started_services_file=$(mktemp)
infra_time="-" maven_time="not run" smoke_time="not run" down_time="-" maven_status=""

finish() {
    local status=$? services=() started
    set +e
    trap - INT TERM
    mapfile -t services <"$started_services_file"
    rm -f "$started_services_file"
    if ((${#services[@]} > 0)); then
        log "== tools/dev-env.sh down ${services[*]}"
        started=$(now_us)
        tools/dev-env.sh down "${services[@]}" || warn "test.sh: some services did not stop; see above"
        down_time=$(elapsed_since "$started")
    else
        down_time="nothing (all was already running)"
    fi
    log "== test.sh: infra up ${infra_time}, maven ${maven_time}, smoke ${smoke_time}, down ${down_time}"
    if [[ -n $maven_status ]]; then
        exit "$maven_status"
    fi
    exit "$status"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_build_tools() {
    if ! command -v javac >/dev/null; then
        install_missing_packages openjdk-17-jdk-headless
    fi
    local version
    version=$(javac -version 2>&1 | awk '{ print $2 }')
    if [[ ! $version =~ ^[0-9]+ ]] || ((BASH_REMATCH[0] < 17)); then
        die "javac $version is too old: Java 17 or newer is needed (apt-get install openjdk-17-jdk-headless, then set JAVA_HOME)"
    fi
    if [[ ${maven_command[0]} == mvn ]] && ! command -v mvn >/dev/null; then
        install_missing_packages maven
    fi
}

ensure_build_tools

log "== tools/dev-env.sh up"
started=$(now_us)
tools/dev-env.sh up --record-started "$started_services_file"
infra_time=$(elapsed_since "$started")

if [[ $dry_run == true ]]; then
    maven_time="skipped (--dry-run)"
else
    log "== ${maven_command[*]} -B -Dstyle.color=never verify $*"
    started=$(now_us)
    status=0
    maven_time="interrupted"
    "${maven_command[@]}" -B -Dstyle.color=never verify "$@" </dev/null || status=$?
    maven_status=$status
    maven_time="$(elapsed_since "$started") (exit ${maven_status})"
fi

if [[ $dry_run == false && $# -eq 0 && ${maven_status:-1} -eq 0 && ${CCP_SMOKE:-1} != 0 ]]; then
    log "== tools/smoke-local.sh"
    started=$(now_us)
    status=0
    smoke_time="interrupted"
    tools/smoke-local.sh </dev/null || status=$?
    smoke_time="$(elapsed_since "$started") (exit ${status})"
    maven_status=$status
fi
