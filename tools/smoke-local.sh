#!/usr/bin/env bash
# Local end-to-end proof, for machines without Kubernetes (CI runs it after the test suite):
#   1. ccp build of the base chain, etcd, mariadb, memcached and keystone into the local registry;
#   2. ccp deploy --dry-run --export-dir of the keystone environment (tools/smoke/keystone-local.yaml);
#   3. the harness (harness/, ccp-harness.jar) runs every exported pod on the local Docker Engine:
#      ConfigMaps and Secrets written out as the mounted files, host network, one node, each
#      container started with the real agent, whose etcd gates order the jobs;
#   4. `openstack token issue` against that keystone must return a token, and the service
#      project that keystone's post jobs create must exist.
# A real cluster runs the same exported objects.
#
# Usage: tools/smoke-local.sh          needs tools/dev-env.sh up (started here when it is not)
#   CCP_SMOKE_KEEP=1   leave the containers running afterwards (remove them with
#                      java -jar harness/target/ccp-harness.jar down --namespace ccp-smoke --purge)
set -euo pipefail
# shellcheck source=tools/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"

config=tools/smoke/keystone-local.yaml
namespace=ccp-smoke
node=smoke
work=$(mktemp -d /tmp/ccp-smoke.XXXXXX)
harness=(java -jar harness/target/ccp-harness.jar)

finish() {
    local status=$?
    set +e
    if [[ ${CCP_SMOKE_KEEP:-0} == 1 ]]; then
        log "smoke: containers left running (CCP_SMOKE_KEEP=1); state in $work/state"
    else
        "${harness[@]}" down --namespace "$namespace" --state-dir "$work/state" --purge >/dev/null 2>&1
        rm -rf "$work"
    fi
    exit "$status"
}
trap finish EXIT

tools/dev-env.sh up
if [[ ! -f ccp-core/target/ccp.jar || ! -f entrypoint/target/ccp-entrypoint.jar || ! -f harness/target/ccp-harness.jar ]]; then
    log "== building ccp (mvn package)"
    mvn -B -q -Dstyle.color=never package -DskipTests
fi

log "== ccp build: base chain, etcd, mariadb, memcached, keystone"
started=$(now_us)
bin/ccp --config-file "$config" build -c base base-tools openstack-base etcd mariadb memcached keystone \
    --log-dir "$work/build-logs" --summary-json "$work/build.json"
log "smoke: images ready in $(elapsed_since "$started")"

log "== ccp deploy --dry-run --export-dir (node $node)"
bin/ccp --config-file "$config" deploy --dry-run --nodes "$node" --export-dir "$work/export"

log "== harness: every pod of the export on the local Docker Engine"
harness_started=$(now_us)
if ! "${harness[@]}" up --export-dir "$work/export" --node "$node" --namespace "$namespace" \
    --state-dir "$work/state" --timeout "${CCP_SMOKE_TIMEOUT:-900}"; then
    die "smoke: the keystone environment did not come up (logs above; full logs were in $work/state/logs)"
fi

# The admin credentials of the smoke config, as the openrc file of a real deploy carries them.
# The keystone image exactly as the rendered Deployment names it.
keystone_image=$(sed -n 's/^ *image: \(.*\/keystone:.*\)$/\1/p' "$work/export/keystone-deployment.yaml" | head -n 1)
[[ -n $keystone_image ]] || die "smoke: no keystone image in $work/export/keystone-deployment.yaml"
openstack() {
    docker run --rm --network host \
        --add-host "keystone.$namespace.svc.cluster.local:127.0.0.1" \
        -e OS_AUTH_URL=http://127.0.0.1:5000/v3 -e OS_IDENTITY_API_VERSION=3 \
        -e OS_USERNAME=admin -e OS_PASSWORD=smoke-admin -e OS_PROJECT_NAME=admin \
        -e OS_USER_DOMAIN_NAME=Default -e OS_PROJECT_DOMAIN_NAME=Default -e OS_REGION_NAME=RegionOne \
        "$keystone_image" openstack "$@"
}
log "== openstack token issue"
token=$(openstack token issue -f value -c id)
[[ $token =~ ^gAAAA[A-Za-z0-9_=-]{40,}$ ]] || die "smoke: 'openstack token issue' printed no fernet token: $token"
token_time=$(elapsed_since "$harness_started")
log "smoke: token issued (${#token} characters)"
service_project=$(openstack project show service -f value -c name)
[[ $service_project == service ]] || die "smoke: keystone's post job did not create the service project"
log "smoke: OK - harness start to keystone token: $token_time"
