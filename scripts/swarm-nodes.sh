#!/usr/bin/env bash
# A real three-node Swarm on this machine: one dockerd per network namespace (and UTS
# namespace, so node names differ), joined by a bridge this script creates. Docker-in-Docker
# cannot run here (../shared/ENVIRONMENT.md). Addresses 10.231.0.0/24 exist only inside it.
#   up    start nodes 1 (manager), 2 and 3 (workers), load busybox:latest into each
#   down  stop everything `up` made, even after a killed run; leaves no process, mount,
#         netns, veth, bridge or iptables rule
#   sock N  print node N's DOCKER_HOST
#   solo-up    a one-node Swarm of its own (netns with loopback only, advertised on
#              127.0.0.1) and print its DOCKER_HOST; an answering one is kept
#   solo-down  stop what `solo-up` made, even after a killed run
# Idempotent: `up` runs `down` first.
# The Swarm tests run here and never on the engine the other tests share: leaving a swarm
# disconnects every container on an attachable network (Compose v1 makes its networks
# attachable when the engine is in a swarm), so a swarm test on the shared engine takes the
# ports away from another test's Compose stack.
set -eEuo pipefail

ROOT=/run/dwsw          # short: containerd's socket path lives under each exec-root
SOLO=/run/dwsolo
BRIDGE=dwbr0
NODES=(1 2 3)
IMAGE=busybox:latest
HOST_DOCKER=(env -u DOCKER_HOST -u DOCKER_CONTEXT /usr/bin/docker)

log() { echo "swarm-nodes: $*" >&2; }
engine_sock() { echo "unix://$1/docker.sock"; } # dir
engine_docker() { local dir=$1; shift; DOCKER_HOST=$(engine_sock "$dir") /usr/bin/docker "$@"; } # dir args
sock() { engine_sock "$ROOT/n$1"; }
node_docker() { local i=$1; shift; engine_docker "$ROOT/n$i" "$@"; }
forward_rule() { iptables "$1" FORWARD -i $BRIDGE -o $BRIDGE -j ACCEPT; }

wait_gone() { # pid seconds
  local pid=$1 n=0
  while kill -0 "$pid" 2>/dev/null && [ $n -lt $(($2 * 5)) ]; do sleep 0.2; n=$((n + 1)); done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
}

stop_engine() { # dir
  local pid
  pid=$(cat "$1/docker.pid" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    wait_gone "$pid" 30
  fi
}

clear_engine_dir() { # dir
  local dir=$1 id pid
  # A killed engine leaves its containers running: find them by their id in /proc/*/cgroup.
  for id in $(ls "$dir/data/containers" 2>/dev/null || true); do
    for pid in $(grep -l -- "$id" /proc/[0-9]*/cgroup 2>/dev/null | cut -d/ -f3 || true); do
      kill -KILL "$pid" 2>/dev/null || true
    done
  done
  # Shims and a managed containerd outlive a killed dockerd; they name this node's exec-root.
  for pid in $(pgrep -f -- "$dir/exec/" || true); do kill -KILL "$pid" 2>/dev/null || true; done
  { grep -o " $dir/[^ ]*" /proc/mounts || true; } | sort -r | while read -r mnt; do umount -l "$mnt" || true; done
  rm -rf "$dir"
}

stop_node() {
  clear_engine_dir "$ROOT/n$1"
  ip link del "dwv$1" 2>/dev/null || true
  ip netns del "dwn$1" 2>/dev/null || true
}

down() {
  # The engines stop in parallel: each waits for its running tasks.
  for i in "${NODES[@]}"; do stop_engine "$ROOT/n$i" & done
  wait
  for i in "${NODES[@]}"; do stop_node "$i"; done
  rm -rf "$ROOT"
  ip link del $BRIDGE 2>/dev/null || true
  while forward_rule -C 2>/dev/null; do forward_rule -D; done
  log "down"
}

start_node() {
  local i=$1 dir=$ROOT/n$1
  mkdir -p "$dir"
  ip netns add "dwn$i"
  ip link add "dwv$i" type veth peer name eth0 netns "dwn$i"
  ip link set "dwv$i" master $BRIDGE
  ip link set "dwv$i" up
  nsenter --net=/var/run/netns/dwn$i ip addr add "10.231.0.1$i/24" dev eth0
  nsenter --net=/var/run/netns/dwn$i ip link set eth0 up
  nsenter --net=/var/run/netns/dwn$i ip link set lo up
  start_engine "dwn$i" "$dir" "dw-node$i"
}

start_engine() { # netns dir hostname
  local dir=$2
  # nsenter, not `ip netns exec`: that remounts /sys and dockerd then finds no devices cgroup.
  nsenter --net=/var/run/netns/$1 unshare --uts -- /bin/sh -c \
    'hostname "$1"; shift; exec "$@"' sh "$3" \
    dockerd --data-root "$dir/data" --exec-root "$dir/exec" --pidfile "$dir/docker.pid" \
    -H "$(engine_sock "$dir")" --bridge none --iptables=false --ip-masq=false \
    >"$dir/dockerd.log" 2>&1 </dev/null &
}

wait_ready() { # dir
  local n=0
  until engine_docker "$1" version >/dev/null 2>&1; do
    n=$((n + 1))
    if [ $n -gt 120 ]; then log "the engine in $1 did not answer in 60 s"; tail -20 "$1/dockerd.log" >&2; exit 1; fi
    sleep 0.5
  done
}

up() {
  down 2>/dev/null
  ip link add $BRIDGE type bridge
  ip addr add 10.231.0.1/24 dev $BRIDGE
  ip link set $BRIDGE up
  forward_rule -I # the host dockerd's FORWARD policy is DROP
  for i in "${NODES[@]}"; do start_node "$i"; done
  "${HOST_DOCKER[@]}" save "$IMAGE" -o "$ROOT/image.tar"
  for i in "${NODES[@]}"; do
    wait_ready "$ROOT/n$i"
    node_docker "$i" load -q -i "$ROOT/image.tar" >/dev/null
  done
  rm -f "$ROOT/image.tar"
  node_docker 1 swarm init --advertise-addr 10.231.0.11 --dispatcher-heartbeat 2s >/dev/null
  local token
  token=$(node_docker 1 swarm join-token -q worker)
  for i in "${NODES[@]:1}"; do
    node_docker "$i" swarm join --advertise-addr "10.231.0.1$i" --token "$token" 10.231.0.11:2377 >/dev/null
  done
  log "up: manager $(sock 1)"
}

solo_docker() { engine_docker "$SOLO" "$@"; }

solo_down() {
  stop_engine "$SOLO"
  clear_engine_dir "$SOLO"
  ip netns del dwsolo 2>/dev/null || true
}

solo_up() {
  if [ "$(solo_docker info --format '{{.Swarm.LocalNodeState}}' 2>/dev/null)" = active ]; then
    engine_sock "$SOLO"
    return
  fi
  solo_down
  mkdir -p "$SOLO"
  ip netns add dwsolo
  nsenter --net=/var/run/netns/dwsolo ip link set lo up
  start_engine dwsolo "$SOLO" dw-solo
  wait_ready "$SOLO"
  "${HOST_DOCKER[@]}" save "$IMAGE" | solo_docker load -q >/dev/null
  solo_docker swarm init --advertise-addr 127.0.0.1 >/dev/null
  log "solo-up: $(engine_sock "$SOLO")"
  engine_sock "$SOLO"
}

case "${1:-}" in
  up)
    # A half-made swarm is torn down, not left for the next run.
    trap 'trap - ERR; log "up failed; tearing down"; down' ERR
    up
    ;;
  down) down ;;
  sock) sock "${2:?node number}" ;;
  solo-up)
    trap 'trap - ERR; log "solo-up failed; tearing down"; solo_down' ERR
    solo_up
    ;;
  solo-down) solo_down; log "solo-down" ;;
  *) echo "usage: $0 up|down|sock N|solo-up|solo-down" >&2; exit 2 ;;
esac
