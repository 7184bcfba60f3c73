#!/usr/bin/env bash
# Installs the packed tarball into a fresh temporary folder, as a newcomer would, and from
# there runs `dockwright --version`, `doctor`, `lint` on a Dockerfile and an MCP tools/list
# over stdio. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tarball=$(npm pack --silent --pack-destination "$work" | tail -1)
echo "packed $tarball ($(du -h "$work/$tarball" | cut -f1))"
mkdir "$work/app" && cd "$work/app"
npm init -y >/dev/null
npm install --no-audit --no-fund "$work/$tarball" >/dev/null
echo "installed into $work/app: $(ls node_modules | wc -l) top-level packages"

version=$(npx --no-install dockwright --version)
[ "$version" = "$(node -p "require('$repo/package.json').version")" ] || { echo "version mismatch: $version"; exit 1; }
echo "dockwright --version: $version"

npx --no-install dockwright doctor
echo "dockwright doctor: ok"

cat > Dockerfile <<'DOCKERFILE'
FROM debian:12.6-slim
RUN useradd --uid 10001 --no-create-home app
USER 10001:10001
CMD ["sleep", "infinity"]
DOCKERFILE
npx --no-install dockwright lint Dockerfile
echo "dockwright lint: ok"

node --input-type=module - <<'NODE'
import { spawn } from 'node:child_process';
const child = spawn('npx', ['--no-install', 'dockwright'], { stdio: ['pipe', 'pipe', 'inherit'] });
const send = (m) => child.stdin.write(`${JSON.stringify(m)}\n`);
let buffer = '';
const timer = setTimeout(() => { console.error('no tools/list answer within 20 s'); process.exit(1); }, 20000);
child.stdout.on('data', (chunk) => {
  buffer += chunk;
  for (const line of buffer.split('\n').slice(0, -1)) {
    const message = JSON.parse(line);
    if (message.id === 1 && message.result.serverInfo.name !== 'dockwright') process.exit(1);
    if (message.id === 2) {
      clearTimeout(timer);
      console.log(`MCP tools/list over stdio: ${message.result.tools.length} tools`);
      child.kill();
      process.exit(message.result.tools.length > 0 ? 0 : 1);
    }
  }
  buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
});
send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'smoke', version: '1' } } });
send({ jsonrpc: '2.0', method: 'notifications/initialized' });
send({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
NODE
