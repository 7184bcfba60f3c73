#!/usr/bin/env bash
# Builds dockwright's own image on the real engine, lints its Dockerfile with dockwright,
# starts it with compose.yaml (HTTP mode, token from a Compose secret), waits until healthy,
# and checks: runs as non-root, refuses an unauthenticated MCP request, answers an
# authenticated tools/list. Prints the image size and its size above the base image.
set -euo pipefail
cd "$(dirname "$0")/.."
docker=/usr/bin/docker; [ -x "$docker" ] || docker=docker
compose() { if "$docker" compose version >/dev/null 2>&1; then "$docker" compose "$@"; else docker-compose "$@"; fi; }
project=dwsmoke$$
token=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
cleanup() {
  compose -p "$project" down -v >/dev/null 2>&1 || true
  rm -f dockwright_token.txt
}
trap cleanup EXIT

[ -f dist/cli.js ] || npm run build >/dev/null
node dist/cli.js lint Dockerfile
echo "Dockerfile lints clean"

DOCKER_BUILDKIT=1 "$docker" build -q -t dockwright:local . >/dev/null
size=$("$docker" image inspect -f '{{.Size}}' dockwright:local)
base=$("$docker" image inspect -f '{{.Size}}' node:20-bookworm-slim)
above=$(( (size - base) / 1000000 ))
echo "image dockwright:local: $((size / 1000000)) MB, $above MB above node:20-bookworm-slim (budget 80 MB)"
[ "$above" -le 80 ] || { echo "over budget"; exit 1; }

printf '%s' "$token" > dockwright_token.txt
DOCKER_GID=$(stat -c %g /var/run/docker.sock) compose -p "$project" up -d >/dev/null
id=$(compose -p "$project" ps -q dockwright)
for _ in $(seq 1 60); do
  state=$("$docker" inspect -f '{{.State.Health.Status}}' "$id")
  [ "$state" = healthy ] && break
  [ "$state" = unhealthy ] && { "$docker" logs "$id"; exit 1; }
  sleep 1
done
[ "$state" = healthy ] || { echo "not healthy: $state"; "$docker" logs "$id"; exit 1; }
echo "container healthy"

uid=$("$docker" exec "$id" id -u)
[ "$uid" != 0 ] || { echo "runs as root"; exit 1; }
echo "runs as uid $uid"

url=http://127.0.0.1:8808/mcp
init='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"smoke","version":"1"}}}'
headers=(-H 'content-type: application/json' -H 'accept: application/json, text/event-stream')
status=$(curl -s -o /dev/null -w '%{http_code}' "${headers[@]}" -d "$init" "$url")
[ "$status" = 401 ] || { echo "unauthenticated request got $status, expected 401"; exit 1; }
echo "unauthenticated request refused (401)"

session=$(curl -s -D - -o /dev/null "${headers[@]}" -H "authorization: Bearer $token" -d "$init" "$url" |
  tr -d '\r' | awk -F': ' 'tolower($1)=="mcp-session-id" {print $2}')
[ -n "$session" ] || { echo "no session from an authenticated initialize"; exit 1; }
auth=(-H "authorization: Bearer $token" -H "mcp-session-id: $session")
curl -s -o /dev/null "${headers[@]}" "${auth[@]}" -d '{"jsonrpc":"2.0","method":"notifications/initialized"}' "$url"
tools=$(curl -s "${headers[@]}" "${auth[@]}" -d '{"jsonrpc":"2.0","id":2,"method":"tools/list"}' "$url" |
  grep -o '"name":"[a-z0-9]*_[a-z0-9_]*"' | wc -l)
[ "$tools" -gt 0 ] || { echo "authenticated tools/list returned no tools"; exit 1; }
echo "authenticated tools/list: $tools tools"
