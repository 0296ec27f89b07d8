# shellcheck shell=bash
# Helpers shared by the scripts in tools/. Source it; it defines functions and
# REPO_ROOT only and starts nothing.

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
# shellcheck disable=SC2034 # used by the scripts that source this file
readonly REPO_ROOT

log() { printf '%s\n' "$*"; }
warn() { printf '%s\n' "$*" >&2; }
die() {
    warn "error: $*"
    exit 1
}

# Microseconds since the epoch, without forking (bash 5). Any decimal mark is dropped.
now_us() { printf '%s' "${EPOCHREALTIME//[!0-9]/}"; }

# Formats a duration given in microseconds as "12.3 s".
format_duration() {
    local us=$1
    printf '%d.%d s' $((us / 1000000)) $(((us % 1000000) / 100000))
}

# Prints how long ago a now_us timestamp was, formatted.
elapsed_since() {
    local start=$1 now
    now=$(now_us)
    format_duration $((now - start))
}

# Runs "$@" (quietly) until it succeeds or the deadline in seconds passes.
wait_until() {
    local deadline=$((SECONDS + $1))
    shift
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < deadline)) || return 1
        sleep 0.1
    done
}

is_package_installed() {
    [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]
}

# Installs the given Debian packages that are not installed yet. Runs
# `apt-get update` only when something must be installed. Services that the
# packages ship are kept from starting while they are installed.
install_missing_packages() {
    local missing=() package
    for package in "$@"; do
        is_package_installed "$package" || missing+=("$package")
    done
    ((${#missing[@]} > 0)) || return 0
    if ((EUID != 0)); then
        die "missing packages: ${missing[*]}; install them as root: apt-get install ${missing[*]}"
    fi
    log "installing: ${missing[*]}"
    local policy=/usr/sbin/policy-rc.d temporary_policy=false started
    started=$(now_us)
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy"
        chmod +x "$policy"
        temporary_policy=true
    fi
    local status=0
    {
        DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    } </dev/null >/dev/null || status=$?
    if [[ $temporary_policy == true ]]; then
        rm -f "$policy"
    fi
    ((status == 0)) || die "apt-get could not install: ${missing[*]} (exit $status); try it by hand: apt-get update && apt-get install ${missing[*]}"
    log "installed ${missing[*]} in $(elapsed_since "$started")"
}
