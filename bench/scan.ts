/**
 * Built-in scanner figures on the stand-in images: walk time, throughput, peak memory,
 * packages and secrets found, and the time of a second scan that finds every layer in the
 * layer cache; then Trivy's time for the same inventory (secret scanner), first and again
 * (Trivy keeps its own layer cache).
 * Run: npm run bench -- scan
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connectEngine } from '../src/engine/index.js';
import { readImageContents } from '../src/scan/image-contents.js';
import { LayerCache } from '../src/scan/layer-cache.js';
import { runTrivy } from '../src/scan/trivy/run.js';

const images = [
  'busybox:latest',
  'debian:bookworm-slim',
  'node:20-bookworm-slim',
  'python:3.11-slim-bookworm',
  'golang:1.19-bookworm',
];
const trivyPathFile = '/tmp/dockwright-test-env/trivy-path';
const trivy =
  process.env.DOCKWRIGHT_TRIVY ??
  (existsSync(trivyPathFile) ? readFileSync(trivyPathFile, 'utf8').trim() : undefined);

const engine = await connectEngine();
const cacheDir = mkdtempSync(path.join(tmpdir(), 'dockwright-bench-scan-'));
const cache = new LayerCache(cacheDir);
const secondsSince = (started: number) => (performance.now() - started) / 1000;
console.log(
  'image                          MB   walk s   MB/s  rss MB  packages  secrets  cached s  trivy s  again s',
);
for (const image of images) {
  const details = await engine.inspectImage(image);
  let peak = 0;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  const contents = await readImageContents(engine, image, { secrets: true, cache });
  const seconds = secondsSince(started);
  clearInterval(sample);
  const cachedStarted = performance.now();
  const again = await readImageContents(engine, image, { secrets: true, cache });
  const cachedSeconds = secondsSince(cachedStarted);
  if (again.layersRead !== 0 || again.packages.length !== contents.packages.length)
    throw new Error(`${image}: the cached scan read ${again.layersRead} layers or differs`);
  const trivySeconds: string[] = [];
  for (const _ of trivy ? [1, 2] : []) {
    const trivyStarted = performance.now();
    await runTrivy(
      trivy as string,
      { kind: 'image', ref: image },
      { scanners: ['secret'], timeoutSeconds: 600 },
    );
    trivySeconds.push(secondsSince(trivyStarted).toFixed(1));
  }
  const megabytes = details.size / 1e6;
  console.log(
    `${image.padEnd(28)} ${megabytes.toFixed(0).padStart(5)} ${seconds.toFixed(1).padStart(8)} ${(megabytes / seconds).toFixed(0).padStart(6)} ${(peak / 1e6).toFixed(0).padStart(7)} ${String(contents.packages.length).padStart(9)} ${String(contents.secrets.length).padStart(8)} ${cachedSeconds.toFixed(2).padStart(9)} ${(trivySeconds[0] ?? '-').padStart(8)} ${(trivySeconds[1] ?? '-').padStart(8)}`,
  );
}
rmSync(cacheDir, { recursive: true, force: true });
