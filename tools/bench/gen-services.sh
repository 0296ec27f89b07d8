#!/usr/bin/env bash
# Generates a synthetic cloud for benchmarks: REPOS component repositories holding SERVICES
# services in total (default 8 x 40), each with containers, single jobs, files, Jinja and
# dependencies on earlier services, plus a config file that uses them.
#   tools/bench/gen-services.sh DIR [SERVICES] [REPOS]
set -euo pipefail
dir=${1:?usage: gen-services.sh DIR [SERVICES] [REPOS]}
services=${2:-40}
repos=${3:-8}
rm -rf "$dir"; mkdir -p "$dir/repos"

for ((r = 0; r < repos; r++)); do
  repo=$dir/repos/bench-$r
  mkdir -p "$repo/service/files" "$repo/docker/bench-$r" "$repo/exports"
  printf 'FROM {{ image_spec("base") }}\nRUN true\n' > "$repo/docker/bench-$r/Dockerfile.j2"
  if ((r == 0)); then  # the root of the image tree (images.base_images is [base])
    mkdir -p "$repo/docker/base"
    printf 'FROM {{ base_distro }}:{{ base_tag }}\nRUN true\n' > "$repo/docker/base/Dockerfile.j2"
  fi
  {
    echo "configs:"
    echo "  bench$r:"
    echo "    debug: false"
    echo "    port: {cont: $((10000 + r))}"
    echo "    workers: 4"
    echo "secret_configs:"
    echo "  bench$r:"
    echo "    password: secret$r"
  } > "$repo/service/files/defaults.yaml"
  printf '{%% macro section(name) -%%}\n[{{ name }}]\nworkers = {{ bench%s.workers }}\n{%%- endmacro %%}\n' "$r" > "$repo/exports/bench_$r.j2"
done

for ((s = 0; s < services; s++)); do
  r=$((s % repos)); repo=$dir/repos/bench-$r; name=svc-$s
  deps=""
  if ((s >= repos)); then deps="          - svc-$((s - repos))"; fi
  if ((s >= 2 * repos)); then deps+=$'\n'"          - svc-$((s - 2 * repos))-db-sync"; fi
  cat > "$repo/service/files/$name.conf.j2" <<CONF
[DEFAULT]
debug = {{ bench$r.debug }}
bind = {{ network_topology["private"]["address"] }}
{% for i in range(bench$r.workers) %}worker{{ i }} = {{ address('$name', bench$r.port) }}
{% endfor %}
CONF
  cat > "$repo/service/$name.yaml" <<SVC
dsl_version: 0.9.0
service:
  name: $name
  ports:
    - {{ bench$r.port }}
  containers:
    - name: $name
      image: bench-$r
      probes:
        readiness: "true"
      pre:
        - name: $name-db-sync
          type: single
          command: /bin/true
          files:
            - $name.conf
# {% if bench$r.debug %}
        - name: $name-debug
          command: /bin/true
# {% endif %}
      daemon:
        command: sleep infinity --port {{ bench$r.port.cont }}
        files:
          - $name.conf
$( [ -n "$deps" ] && printf '        dependencies:\n%s\n' "$deps" )
files:
  $name.conf:
    path: /etc/$name/$name.conf
    content: $name.conf.j2
    perm: "0644"
SVC
done

{
  echo "repositories:"
  echo "  path: $dir/repos"
  echo "  repos:"
  for ((r = 0; r < repos; r++)); do echo "    - {name: bench-$r, git_url: 'file:///nonexistent/bench-$r'}"; done
  echo "nodes:"
  echo "  node1\$: {roles: [all]}"
  echo "roles:"
  echo "  all:"
  for ((s = 0; s < services; s++)); do echo "    - svc-$s"; done
} > "$dir/ccp.yaml"
echo "$dir/ccp.yaml"
