#!/usr/bin/env bash
# Starts, stops and reports the real services that development and the tests use:
#   dockerd   the Docker Engine on its default socket
#   registry  a Docker registry on 127.0.0.1:31500
#   etcd      etcd on 127.0.0.1:2379 (peer port 2380)
# and makes the base image debian:bookworm with debootstrap when it is missing.
#
# Usage: tools/dev-env.sh up [--no-base-image] [--record-started FILE]
#        tools/dev-env.sh down [SERVICE...]
#        tools/dev-env.sh status
#
# Only what this script started is ever stopped: a service that already answers
# when `up` runs is reported and left alone. State (pid files, logs, registry
# storage, etcd data) lives in ${CCP_DEV_STATE:-<repo>/.dev-env}.
set -euo pipefail

# shellcheck source=tools/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

readonly PACKAGES=(docker.io docker-registry etcd-server etcd-client debootstrap git curl)
readonly SERVICES=(dockerd registry etcd)
readonly DEFAULT_DOCKER_HOST=unix:///var/run/docker.sock
readonly REGISTRY_PORT=31500
readonly ETCD_CLIENT_PORT=2379
readonly ETCD_PEER_PORT=2380
readonly BASE_IMAGE=debian:bookworm
readonly DEBIAN_MIRROR=${CCP_DEBIAN_MIRROR:-http://deb.debian.org/debian}
STATE_DIR=${CCP_DEV_STATE:-$REPO_ROOT/.dev-env}
readonly STATE_DIR

usage() {
    cat <<EOF
usage: tools/dev-env.sh up [--no-base-image] [--record-started FILE]
       tools/dev-env.sh down [SERVICE...]
       tools/dev-env.sh status

  up       install what is missing (apt), start dockerd, the registry on
           127.0.0.1:$REGISTRY_PORT and etcd on 127.0.0.1:$ETCD_CLIENT_PORT unless they already
           answer, and make the image $BASE_IMAGE with debootstrap if it is missing
             --no-base-image        do not make $BASE_IMAGE
             --record-started FILE  append the name of each service started now to FILE
  down     stop the services this script started (all, or the ones named:
           ${SERVICES[*]}); services it did not start are never touched
  status   one line per service; exit 0 when all of them answer, 1 otherwise

State dir: $STATE_DIR (override with CCP_DEV_STATE)
EOF
}

# --- what each service is ----------------------------------------------------

service_address() {
    case $1 in
        dockerd) printf '%s' "${DOCKER_HOST:-$DEFAULT_DOCKER_HOST}" ;;
        registry) printf 'http://127.0.0.1:%s' "$REGISTRY_PORT" ;;
        etcd) printf 'http://127.0.0.1:%s' "$ETCD_CLIENT_PORT" ;;
    esac
}

service_executable() {
    case $1 in
        dockerd) printf '/usr/sbin/dockerd' ;;
        registry) printf '/usr/bin/docker-registry' ;;
        etcd) printf '/usr/bin/etcd' ;;
    esac
}

# What answers on the service's address when it is the expected service.
service_description() {
    case $1 in
        dockerd) printf 'a Docker Engine' ;;
        registry) printf 'a Docker registry (API v2)' ;;
        etcd) printf 'a healthy etcd' ;;
    esac
}

service_ports() {
    case $1 in
        dockerd) ;;
        registry) printf '%s\n' "$REGISTRY_PORT" ;;
        etcd) printf '%s\n' "$ETCD_CLIENT_PORT" "$ETCD_PEER_PORT" ;;
    esac
}

service_ready_timeout() {
    case $1 in
        dockerd) printf '60' ;;
        *) printf '30' ;;
    esac
}

# dockerd gives running containers up to 15 s to stop when it is told to stop.
service_stop_schedule() {
    case $1 in
        dockerd) printf 'TERM/30/KILL/5' ;;
        *) printf 'TERM/15/KILL/5' ;;
    esac
}

service_hint() {
    case $1 in
        dockerd) printf '%s\n' \
            "try: look for 'failed to start daemon' in the log above; another dockerd or containerd" \
            "     may hold /var/run/docker.pid or /var/lib/docker; the kernel needs overlay and cgroups;" \
            "     to test the daemon by hand: /usr/sbin/dockerd --debug" ;;
        registry) printf '%s\n' \
            "try: check $STATE_DIR/registry.yml and that 127.0.0.1:$REGISTRY_PORT is free (ss -ltnp);" \
            "     run it by hand: docker-registry serve $STATE_DIR/registry.yml" ;;
        etcd) printf '%s\n' \
            "try: check that ports $ETCD_CLIENT_PORT and $ETCD_PEER_PORT are free (ss -ltnp); remove" \
            "     $STATE_DIR/etcd-data and run 'tools/dev-env.sh up' again" ;;
    esac
}

# True when the expected service answers on its address.
service_answers() {
    case $1 in
        dockerd) timeout 10 docker info >/dev/null 2>&1 ;;
        registry)
            curl -fsS --max-time 2 -o /dev/null -D - "http://127.0.0.1:$REGISTRY_PORT/v2/" 2>/dev/null |
                grep -qi '^docker-distribution-api-version: *registry/2'
            ;;
        etcd)
            curl -fsS --max-time 2 "http://127.0.0.1:$ETCD_CLIENT_PORT/health" 2>/dev/null |
                grep -q '"health": *"true"'
            ;;
    esac
}

# Arguments the service's executable is started with.
service_arguments() {
    case $1 in
        dockerd) ;;
        registry) printf '%s\n' serve "$STATE_DIR/registry.yml" ;;
        etcd) printf '%s\n' \
            --name ccp-dev --data-dir "$STATE_DIR/etcd-data" \
            --listen-client-urls "http://127.0.0.1:$ETCD_CLIENT_PORT" \
            --advertise-client-urls "http://127.0.0.1:$ETCD_CLIENT_PORT" \
            --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
            --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
            --initial-cluster "ccp-dev=http://127.0.0.1:$ETCD_PEER_PORT" \
            --log-level warn --logger zap ;;
    esac
}

# Prefix of the environment variables the service reads as configuration. They
# are cleared when it starts, so that only the flags and the config file count.
service_environment_prefix() {
    case $1 in
        registry) printf 'REGISTRY_' ;;
        etcd) printf 'ETCD_' ;;
        *) ;;
    esac
}

# Writes what the service needs before it starts.
prepare_service() {
    case $1 in
        registry)
            mkdir -p "$STATE_DIR/registry"
            cat >"$STATE_DIR/registry.yml" <<EOF
# Written by tools/dev-env.sh; rewritten on every start.
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: '${STATE_DIR//\'/\'\'}/registry'
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$REGISTRY_PORT
EOF
            ;;
        etcd) rm -rf "$STATE_DIR/etcd-data" ;;
    esac
}

# --- files that record what this script owns ---------------------------------

pid_file() { printf '%s/%s.pid' "$STATE_DIR" "$1"; }
log_file() { printf '%s/%s.log' "$STATE_DIR" "$1"; }
owned_marker() { printf '%s/%s.owned' "$STATE_DIR" "$1"; }

# Prints the pid of the service when this script started it and it still runs.
owned_pid() {
    local service=$1 pid
    [[ -e $(owned_marker "$service") && -r $(pid_file "$service") ]] || return 1
    read -r pid <"$(pid_file "$service")" || return 1
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    [[ $(readlink "/proc/$pid/exe" 2>/dev/null) == "$(service_executable "$service")" ]] || return 1
    printf '%s' "$pid"
}

forget_service() {
    rm -f "$(owned_marker "$1")" "$(pid_file "$1")"
}

# --- who holds what ------------------------------------------------------------

port_in_use() {
    local port=$1
    if command -v ss >/dev/null; then
        [[ -n $(ss -ltnH "( sport = :$port )" 2>/dev/null) ]]
    else
        (: <>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
    fi
}

# Names the process listening on a TCP port, e.g. "nginx (pid 42)".
port_holder() {
    local port=$1 line name pid
    line=$(ss -ltnpH "( sport = :$port )" 2>/dev/null | head -n 1) || true
    name=$(grep -o 'users:(("[^"]*"' <<<"$line" | cut -d'"' -f2) || true
    pid=$(grep -o 'pid=[0-9]*' <<<"$line" | head -n 1 | cut -d= -f2) || true
    if [[ -n $name && -n $pid ]]; then
        printf '%s (pid %s)' "$name" "$pid"
    else
        printf 'another process'
    fi
}

# Pid of a service that answers but that this script did not start, or "-".
external_pid() {
    local service=$1 port pid=""
    if [[ $service == dockerd ]]; then
        [[ -r /var/run/docker.pid ]] && read -r pid </var/run/docker.pid
    else
        port=$(service_ports "$service" | head -n 1)
        pid=$(ss -ltnpH "( sport = :$port )" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2) || true
    fi
    printf '%s' "${pid:--}"
}

# Fails when something that is not the expected service holds what it needs.
check_nothing_in_the_way() {
    local service=$1 port pid
    if [[ $service == dockerd ]]; then
        if [[ -n ${DOCKER_HOST:-} && $DOCKER_HOST != "$DEFAULT_DOCKER_HOST" ]]; then
            die "dockerd: DOCKER_HOST=$DOCKER_HOST does not answer; this script only starts a dockerd on $DEFAULT_DOCKER_HOST: start yours or unset DOCKER_HOST"
        fi
        if ((EUID != 0)) && [[ -S /var/run/docker.sock && ! -w /var/run/docker.sock ]]; then
            die "dockerd: 'docker info' fails and $(id -un) may not use /var/run/docker.sock; join the 'docker' group or run as root"
        fi
        if [[ -r /var/run/docker.pid ]] && read -r pid </var/run/docker.pid && [[ -d /proc/$pid ]]; then
            die "dockerd: a dockerd (pid $pid, /var/run/docker.pid) runs but 'docker info' fails; stop it or repair it first"
        fi
        return 0
    fi
    while read -r port; do
        if port_in_use "$port"; then
            die "$service: port $port is taken by $(port_holder "$port"), which is not $(service_description "$service") on $(service_address "$service"); stop it or free the port"
        fi
    done < <(service_ports "$service")
}

# --- starting and stopping -------------------------------------------------------

# Waits until the service answers. Returns 1 at the deadline, 2 when the process died.
wait_until_ready() {
    local service=$1 deadline
    deadline=$((SECONDS + $(service_ready_timeout "$service")))
    until service_answers "$service"; do
        owned_pid "$service" >/dev/null || return 2
        ((SECONDS < deadline)) || return 1
        sleep 0.1
    done
}

report_start_failure() {
    local service=$1 why=$2 log
    log=$(log_file "$service")
    warn "$service: $why"
    warn "--- last 20 lines of $log ---"
    tail -n 20 "$log" >&2 || true
    warn "---"
    service_hint "$service" >&2
}

start_service() {
    local service=$1 record_file=$2 executable started args=() pid status=0
    executable=$(service_executable "$service")
    [[ -x $executable ]] || die "$service: $executable is missing; install its package"
    if [[ $service == dockerd ]] && ((EUID != 0)); then
        die "dockerd: not running, and starting it needs root: run 'sudo tools/dev-env.sh up'"
    fi
    check_nothing_in_the_way "$service"
    prepare_service "$service"
    mapfile -t args < <(service_arguments "$service")
    [[ -e $(log_file "$service") ]] && mv -f "$(log_file "$service")" "$(log_file "$service").previous"
    started=$(now_us)
    (
        prefix=$(service_environment_prefix "$service")
        if [[ -n $prefix ]]; then
            while read -r variable; do
                unset "$variable"
            done < <(compgen -e | grep "^$prefix" || true)
        fi
        exec start-stop-daemon --start --quiet --background --make-pidfile --pidfile "$(pid_file "$service")" \
            --output "$(log_file "$service")" --exec "$executable" -- "${args[@]}"
    ) || die "$service: start-stop-daemon could not start $executable"
    touch "$(owned_marker "$service")"
    [[ -z $record_file ]] || printf '%s\n' "$service" >>"$record_file"
    wait_until_ready "$service" || status=$?
    case $status in
        0)
            pid=$(owned_pid "$service") || pid=-
            log "$service: started on $(service_address "$service") (pid $pid), ready in $(elapsed_since "$started")"
            ;;
        1)
            report_start_failure "$service" "did not answer within $(service_ready_timeout "$service") s"
            stop_service "$service" >&2 || true
            exit 1
            ;;
        *)
            report_start_failure "$service" "exited during start-up"
            forget_service "$service"
            exit 1
            ;;
    esac
}

ensure_service() {
    local service=$1 record_file=$2 pid status=0
    if service_answers "$service"; then
        if pid=$(owned_pid "$service"); then
            log "$service: already running on $(service_address "$service") (ours, pid $pid)"
        else
            log "$service: already running on $(service_address "$service") (external, not touched)"
        fi
        return 0
    fi
    if pid=$(owned_pid "$service"); then
        log "$service: ours (pid $pid) but not answering yet; waiting"
        wait_until_ready "$service" || status=$?
        if ((status == 0)); then
            log "$service: ready on $(service_address "$service") (ours, pid $pid)"
            return 0
        fi
        report_start_failure "$service" "runs (pid $pid) but does not answer"
        exit 1
    fi
    forget_service "$service"
    start_service "$service" "$record_file"
}

stop_service() {
    local service=$1 executable started status=0
    if [[ ! -e $(owned_marker "$service") ]]; then
        if service_answers "$service"; then
            log "$service: external, not touched"
        else
            log "$service: not running"
        fi
        return 0
    fi
    executable=$(service_executable "$service")
    started=$(now_us)
    start-stop-daemon --stop --quiet --pidfile "$(pid_file "$service")" --exec "$executable" \
        --remove-pidfile --retry "$(service_stop_schedule "$service")" || status=$?
    case $status in
        0) log "$service: stopped in $(elapsed_since "$started")" ;;
        1) log "$service: was not running" ;;
        *)
            warn "$service: did not stop (pid file $(pid_file "$service")); stop it by hand"
            return 1
            ;;
    esac
    forget_service "$service"
}

# --- the base image --------------------------------------------------------------

unmount_below() {
    local dir=$1 mount_point
    [[ -d $dir ]] || return 0
    awk -v dir="$dir" '$2 == dir || index($2, dir "/") == 1 { print $2 }' /proc/self/mounts |
        sort -r |
        while read -r mount_point; do
            umount -l "$mount_point" || true
        done
}

remove_rootfs() {
    unmount_below "$1"
    rm -rf --one-file-system "$1"
}

ensure_base_image() {
    if docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
        log "image $BASE_IMAGE: present"
        return 0
    fi
    ((EUID == 0)) || die "image $BASE_IMAGE is missing, and debootstrap needs root: run 'sudo tools/dev-env.sh up'"
    local rootfs=$STATE_DIR/rootfs debootstrap_log=$STATE_DIR/debootstrap.log started
    started=$(now_us)
    log "image $BASE_IMAGE: missing; running debootstrap from $DEBIAN_MIRROR (about 25 s, log: $debootstrap_log)"
    remove_rootfs "$rootfs"
    if ! debootstrap --variant=minbase bookworm "$rootfs" "$DEBIAN_MIRROR" >"$debootstrap_log" 2>&1; then
        warn "image $BASE_IMAGE: debootstrap failed"
        warn "--- last 20 lines of $debootstrap_log ---"
        tail -n 20 "$debootstrap_log" >&2 || true
        warn "---"
        warn "try: check that $DEBIAN_MIRROR is reachable (curl -I $DEBIAN_MIRROR/dists/bookworm/Release);"
        warn "     another mirror can be set with CCP_DEBIAN_MIRROR; or skip the image with --no-base-image"
        remove_rootfs "$rootfs"
        exit 1
    fi
    unmount_below "$rootfs"
    log "image $BASE_IMAGE: debootstrap done in $(elapsed_since "$started")"
    started=$(now_us)
    # Like Debian's own images: no downloaded packages, no package lists.
    rm -f "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*_*
    tar -C "$rootfs" -c . | docker import --change 'CMD ["bash"]' - "$BASE_IMAGE" >/dev/null ||
        die "image $BASE_IMAGE: docker import failed; the rootfs is kept in $rootfs"
    remove_rootfs "$rootfs"
    log "image $BASE_IMAGE: imported in $(elapsed_since "$started")"
}

# --- commands ------------------------------------------------------------------

take_lock() {
    mkdir -p "$STATE_DIR"
    exec 9>>"$STATE_DIR/.lock"
    flock -w 900 9 || die "another tools/dev-env.sh holds $STATE_DIR/.lock"
}

command_up() {
    local base_image=true record_file="" service started
    while (($# > 0)); do
        case $1 in
            --no-base-image) base_image=false ;;
            --record-started)
                (($# > 1)) || die "--record-started needs a file"
                record_file=$2
                shift
                ;;
            *) die "up: unknown option '$1' (see tools/dev-env.sh --help)" ;;
        esac
        shift
    done
    take_lock
    started=$(now_us)
    install_missing_packages "${PACKAGES[@]}"
    # Find every conflict before starting anything.
    for service in "${SERVICES[@]}"; do
        service_answers "$service" || owned_pid "$service" >/dev/null || check_nothing_in_the_way "$service"
    done
    for service in "${SERVICES[@]}"; do
        ensure_service "$service" "$record_file"
    done
    [[ $base_image == false ]] || ensure_base_image
    log "dev-env: up in $(elapsed_since "$started") (state: $STATE_DIR)"
}

command_down() {
    local requested=("$@") services=() service index failed=0
    for service in "${requested[@]}"; do
        [[ " ${SERVICES[*]} " == *" $service "* ]] || die "down: unknown service '$service' (known: ${SERVICES[*]})"
    done
    # Stop in the reverse order of starting, whatever the order asked for.
    for ((index = ${#SERVICES[@]} - 1; index >= 0; index--)); do
        service=${SERVICES[index]}
        if ((${#requested[@]} == 0)) || [[ " ${requested[*]} " == *" $service "* ]]; then
            services+=("$service")
        fi
    done
    if [[ ! -d $STATE_DIR ]]; then
        log "dev-env: nothing was started from $STATE_DIR"
        return 0
    fi
    take_lock
    for service in "${services[@]}"; do
        stop_service "$service" || failed=1
    done
    return "$failed"
}

command_status() {
    local service state owner pid all_answer=0
    printf '%-9s %-28s %-9s %-9s %s\n' SERVICE ADDRESS STATE OWNER PID
    for service in "${SERVICES[@]}"; do
        if pid=$(owned_pid "$service"); then
            owner=owned
        else
            owner=external
            pid=""
        fi
        if service_answers "$service"; then
            state=running
            [[ -n $pid ]] || pid=$(external_pid "$service")
        elif [[ -n $pid ]]; then
            state=unready
            all_answer=1
        else
            state=stopped owner=- pid=-
            all_answer=1
        fi
        printf '%-9s %-28s %-9s %-9s %s\n' "$service" "$(service_address "$service")" "$state" "$owner" "$pid"
    done
    if service_answers dockerd; then
        if docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
            printf '%-9s %-28s %s\n' image "$BASE_IMAGE" present
        else
            printf '%-9s %-28s %s\n' image "$BASE_IMAGE" "missing (tools/dev-env.sh up makes it)"
        fi
    fi
    return "$all_answer"
}

main() {
    (($# > 0)) || {
        usage >&2
        exit 2
    }
    local command=$1
    shift
    case $command in
        up) command_up "$@" ;;
        down) command_down "$@" ;;
        status)
            (($# == 0)) || die "status takes no arguments"
            command_status
            ;;
        -h | --help | help) usage ;;
        *)
            usage >&2
            exit 2
            ;;
    esac
}

main "$@"
