/**
 * Generated vs naive single-stage Dockerfiles for the sample apps, built in the same run on the
 * local engine with the stand-in base images: cold build time, rebuild after a one-line source
 * change (and whether the dependency-install step came from cache), final image size.
 * Run: npm run bench -- generate
 * (The bundle sits in the repo so that node_modules resolve.) A cold build is the first build of
 * a context whose dependency manifest carries a value unique to this run, so every layer from
 * the manifests on is built afresh; base images and BuildKit cache mounts stay warm, as on a
 * developer's machine. (`--no-cache` is not used: this engine then keeps no cache for the rebuild.)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateDockerfile } from '../src/dockerfile/generate/index.js';
import { runProcess } from '../src/exec/process.js';
import { detectProject } from '../src/project/index.js';

const DOCKER = '/usr/bin/docker';
const LABELS = ['--label', 'dockwright.test=1', '--label', 'dockwright.test.suite=bench-generate'];
const STAND_INS = {
  node: 'node:20-bookworm-slim',
  python: 'python:3.11-slim-bookworm',
  go: 'golang:1.19-bookworm',
  runtime: 'debian:bookworm-slim',
  static: 'busybox:latest',
};

/** What a hurried single-stage Dockerfile for each app looks like. */
const APPS: Array<{ app: string; manifest: string; source: string; install: RegExp; naive: string }> = [
  {
    app: 'node-npm-build',
    manifest: 'package.json',
    source: 'src/server.js',
    install: /RUN .*npm ci$/,
    naive:
      'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nCMD ["node", "dist/server.js"]\n',
  },
  {
    app: 'python-stdlib',
    manifest: 'main.py',
    source: 'main.py',
    install: /^$/,
    naive: 'FROM python:3.11-slim-bookworm\nWORKDIR /app\nCOPY . .\nCMD ["python", "main.py"]\n',
  },
  {
    app: 'go-stdlib',
    manifest: 'go.mod',
    source: 'main.go',
    install: /RUN .*go mod download$/,
    naive: 'FROM golang:1.19-bookworm\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nCMD ["/app"]\n',
  },
  {
    app: 'static-site',
    manifest: 'public/index.html',
    source: 'public/index.html',
    install: /^$/,
    naive:
      'FROM python:3.11-slim-bookworm\nWORKDIR /site\nCOPY . .\nCMD ["python", "-m", "http.server", "8080", "-d", "public"]\n',
  },
];

/** Makes the manifest (and so every later layer) unique to this run, for an honest cold build. */
function uniquify(dir: string, manifest: string, run: string): void {
  const file = path.join(dir, manifest);
  const text = readFileSync(file, 'utf8');
  if (manifest === 'package.json') {
    writeFileSync(file, JSON.stringify({ ...JSON.parse(text), description: `bench ${run}` }, null, 2));
  } else {
    writeFileSync(
      file,
      `${text}\n${manifest.endsWith('.html') ? `<!-- bench ${run} -->` : `${manifest.endsWith('.py') ? '#' : '//'} bench ${run}`}\n`,
    );
  }
}

async function build(
  dir: string,
  dockerfile: string,
  tag: string,
): Promise<{ seconds: number; log: string }> {
  const started = performance.now();
  const args = ['build', '--progress=plain', ...LABELS, '-f', dockerfile, '-t', tag, dir];
  const result = await runProcess(DOCKER, args, { env: { DOCKER_BUILDKIT: '1' }, timeoutMs: 900_000 });
  if (result.exitCode !== 0) throw new Error(`build of ${tag} failed:\n${result.stderr.slice(-3000)}`);
  return { seconds: (performance.now() - started) / 1000, log: `${result.stdout}\n${result.stderr}` };
}

function stepCached(log: string, title: RegExp): string {
  const step = log
    .split('\n')
    .find((line) => /^#\d+ \[/.test(line) && title.test(line.replace(/\s+/g, ' ').trim()));
  if (!step) return 'no install step';
  const id = step.split(' ')[0];
  return log.split('\n').some((line) => line.trim() === `${id} CACHED`) ? 'install CACHED' : 'install re-ran';
}

async function sizeMb(tag: string): Promise<string> {
  const result = await runProcess(DOCKER, ['image', 'inspect', '-f', '{{.Size}}', tag]);
  return (Number(result.stdout.trim()) / 1e6).toFixed(1);
}

async function measure(dir: string, dockerfile: string, tag: string, source: string, install: RegExp) {
  const cold = await build(dir, dockerfile, tag);
  const file = path.join(dir, source);
  writeFileSync(
    file,
    `${readFileSync(file, 'utf8')}\n${source.endsWith('.html') ? '<!--' : '//'} edit ${Date.now()}${source.endsWith('.html') ? ' -->' : ''}\n`,
  );
  const rebuild = await build(dir, dockerfile, tag);
  return {
    cold: cold.seconds.toFixed(1),
    rebuild: rebuild.seconds.toFixed(1),
    cache: stepCached(rebuild.log, install),
    size: await sizeMb(tag),
  };
}

const work = mkdtempSync(path.join(tmpdir(), 'dw-bench-generate-'));
const rows: string[][] = [];
try {
  for (const { app, manifest, source, install, naive } of APPS) {
    const dir = path.join(work, app);
    cpSync(path.join('test/dockerfile/generate/fixtures', app), dir, { recursive: true });
    const generated = generateDockerfile(detectProject(dir), { baseImages: STAND_INS });
    writeFileSync(path.join(dir, 'Dockerfile'), generated.dockerfile);
    writeFileSync(path.join(dir, '.dockerignore'), generated.dockerignore);
    writeFileSync(path.join(dir, 'Dockerfile.naive'), naive);
    uniquify(dir, manifest, `${Date.now()}-generated`);
    const ours = await measure(
      dir,
      path.join(dir, 'Dockerfile'),
      `dockwright-bench/${app}:generated`,
      source,
      install,
    );
    uniquify(dir, manifest, `${Date.now()}-naive`);
    const plain = await measure(
      dir,
      path.join(dir, 'Dockerfile.naive'),
      `dockwright-bench/${app}:naive`,
      source,
      /RUN .*(npm ci|go build)/,
    );
    rows.push([app, 'generated', ours.cold, ours.rebuild, ours.cache, ours.size]);
    rows.push([app, 'naive', plain.cold, plain.rebuild, plain.cache, plain.size]);
  }
} finally {
  const images = await runProcess(DOCKER, [
    'images',
    '-q',
    '--filter',
    'label=dockwright.test.suite=bench-generate',
  ]);
  const ids = [...new Set(images.stdout.split(/\s+/).filter(Boolean))];
  if (ids.length > 0) await runProcess(DOCKER, ['rmi', '-f', ...ids]);
  rmSync(work, { recursive: true, force: true });
}
const header = ['app', 'Dockerfile', 'cold s', 'rebuild s', 'deps after edit', 'size MB'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
console.log(
  'Stand-ins: node:20-bookworm-slim, python:3.11-slim-bookworm, golang:1.19-bookworm, debian:bookworm-slim, busybox:latest.',
);
