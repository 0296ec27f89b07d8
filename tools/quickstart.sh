#!/usr/bin/env bash
# Builds ccp and runs its main job on the bundled example, on a fresh Debian/Ubuntu machine:
# validate the example cloud, then render all its Kubernetes objects offline into target/example-export.
#   tools/quickstart.sh            # install JDK 17 + Maven if missing, build, run the example
#   CONFIG=path/to.yaml tools/quickstart.sh
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

need=()
command -v javac >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

echo "== building ccp"
mvn -B -q -Dstyle.color=never package -DskipTests

config=${CONFIG:-etc/topology-example.yaml}
echo "== ccp --version"
bin/ccp --version
echo "== ccp --config-file $config validate"
bin/ccp --config-file "$config" validate
echo "== ccp --config-file $config deploy --dry-run --nodes node1,node2,node3 --export-dir target/example-export --force"
bin/ccp --config-file "$config" deploy --dry-run --nodes node1,node2,node3 --export-dir target/example-export --force
echo "== the rendered cloud: target/example-export"
(cd target/example-export && ls | sed -n '1,12p' && echo "... $(find . -type f | wc -l) files")
