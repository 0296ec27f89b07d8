#!/usr/bin/env bash
# End-to-end check on a real Kubernetes: deploys the example cloud (etc/topology-example.yaml)
# to a Kind cluster and waits until every service is ready. NOT run in CI: it needs Docker,
# the `kind` binary and network access to the images (kindest/node, registry:2, the base image
# of the components).
#
# What it does:
#   1. checks its prerequisites (kind, docker reachable, network, the ccp jar) and stops with a
#      clear message when one is missing;
#   2. starts a local registry container `ccp-kind-registry` on 127.0.0.1:${KIND_REGISTRY_PORT:-5001}
#      (left running; reused when present);
#   3. creates the Kind cluster `${KIND_CLUSTER:-ccp-e2e}` (one control plane, two workers) whose
#      containerd pulls localhost:<port>/... from that registry, unless it already exists;
#   4. `ccp build` of the example's images, pushed to the local registry;
#   5. `ccp deploy --wait` of the example, placed on the two workers, with the kubeconfig of the
#      Kind cluster;
#   6. prints `ccp status`. With KIND_E2E_DELETE=1 the cluster is deleted at the end.
#
# Usage: tools/kind-e2e.sh            (from anywhere; the repository is found from the script)
# Environment: KIND_CLUSTER, KIND_REGISTRY_PORT, KIND_E2E_TIMEOUT (seconds, default 1800),
#              KIND_E2E_DELETE=1, KIND_NODE_IMAGE (a kindest/node image to use).
set -euo pipefail

repo=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cluster=${KIND_CLUSTER:-ccp-e2e}
registry_name=ccp-kind-registry
registry_port=${KIND_REGISTRY_PORT:-5001}
timeout=${KIND_E2E_TIMEOUT:-1800}
work=$(mktemp -d "${TMPDIR:-/tmp}/ccp-kind-e2e.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() {
    echo "kind-e2e: $*" >&2
    exit 1
}

step() {
    echo "==> $*" >&2
}

check_prerequisites() {
    local missing=()
    command -v kind >/dev/null 2>&1 || missing+=("kind (https://kind.sigs.k8s.io/docs/user/quick-start/#installation)")
    command -v docker >/dev/null 2>&1 || missing+=("docker (the Docker CLI)")
    command -v curl >/dev/null 2>&1 || missing+=("curl")
    if [ ${#missing[@]} -gt 0 ]; then
        fail "missing prerequisites: ${missing[*]}"
    fi
    docker info >/dev/null 2>&1 \
        || fail "docker cannot reach a Docker Engine (is dockerd running? DOCKER_HOST=${DOCKER_HOST:-unset}); tools/dev-env.sh up starts one"
    curl -fsS -o /dev/null --max-time 10 https://registry-1.docker.io/v2/ 2>/dev/null \
        || curl -sS -o /dev/null --max-time 10 -w '%{http_code}' https://registry-1.docker.io/v2/ 2>/dev/null | grep -q 401 \
        || fail "no network access to Docker Hub (registry-1.docker.io): Kind needs it for its node image and the registry image"
    [ -f "$repo/ccp-core/target/ccp.jar" ] \
        || fail "$repo/ccp-core/target/ccp.jar not found: build it first (mvn -B -q package -DskipTests)"
}

start_registry() {
    if [ "$(docker inspect -f '{{.State.Running}}' "$registry_name" 2>/dev/null || true)" = true ]; then
        step "registry $registry_name already running on 127.0.0.1:$registry_port"
        return
    fi
    step "starting registry $registry_name on 127.0.0.1:$registry_port"
    docker rm -f "$registry_name" >/dev/null 2>&1 || true
    docker run -d --restart=always -p "127.0.0.1:$registry_port:5000" --name "$registry_name" registry:2 >/dev/null
}

create_cluster() {
    if kind get clusters 2>/dev/null | grep -qx "$cluster"; then
        step "Kind cluster $cluster already exists"
    else
        step "creating Kind cluster $cluster"
        cat >"$work/kind.yaml" <<KIND
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
nodes:
  - role: control-plane
  - role: worker
  - role: worker
containerdConfigPatches:
  - |-
    [plugins."io.containerd.grpc.v1.cri".registry.mirrors."localhost:$registry_port"]
      endpoint = ["http://$registry_name:5000"]
KIND
        kind create cluster --name "$cluster" --config "$work/kind.yaml" ${KIND_NODE_IMAGE:+--image "$KIND_NODE_IMAGE"}
    fi
    docker network connect kind "$registry_name" >/dev/null 2>&1 || true
    kind get kubeconfig --name "$cluster" >"$work/kubeconfig"
}

write_config() {
    # The example's services, with the registry and the node names of the Kind cluster.
    cat >"$work/ccp.yaml" <<CONFIG
!include
- $repo/etc/topology-example.yaml
---
registry:
  address: "localhost:$registry_port"
builder:
  push: true
nodes:
  $cluster-worker\$:
    roles: [controller, openvswitch]
  $cluster-worker2\$:
    roles: [compute, openvswitch]
CONFIG
}

check_prerequisites
start_registry
create_cluster
write_config
export KUBECONFIG="$work/kubeconfig"
step "building and pushing the example's images to localhost:$registry_port"
"$repo/bin/ccp" --config-file "$work/ccp.yaml" build
step "ccp preflight"
"$repo/bin/ccp" --config-file "$work/ccp.yaml" preflight || echo "kind-e2e: preflight reported problems (see above)" >&2
step "ccp deploy --wait (deadline ${timeout}s)"
status=0
"$repo/bin/ccp" --config-file "$work/ccp.yaml" deploy --wait --timeout "$timeout" || status=$?
"$repo/bin/ccp" --config-file "$work/ccp.yaml" status || true
if [ "${KIND_E2E_DELETE:-0}" = 1 ]; then
    step "deleting Kind cluster $cluster"
    kind delete cluster --name "$cluster"
fi
[ "$status" -eq 0 ] || fail "ccp deploy --wait failed with exit code $status"
echo "kind-e2e: the example cloud is deployed and ready on Kind cluster $cluster" >&2
