/**
 * Built-in scanner figures on the stand-in images: walk time, throughput, peak memory,
 * packages and secrets found; and Trivy's time for the same inventory (secret scanner).
 * Run: npm run bench -- scan
 */
import { existsSync, readFileSync } from 'node:fs';
import { connectEngine } from '../src/engine/index.js';
import { readImageContents } from '../src/scan/image-contents.js';
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
console.log('image                          MB   walk s   MB/s  rss MB  packages  secrets  trivy s');
for (const image of images) {
  const details = await engine.inspectImage(image);
  let peak = 0;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  const contents = await readImageContents(await engine.exportImage(image), { secrets: true });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sample);
  let trivySeconds = '-';
  if (trivy) {
    const trivyStarted = performance.now();
    await runTrivy(trivy, { kind: 'image', ref: image }, { scanners: ['secret'], timeoutSeconds: 600 });
    trivySeconds = ((performance.now() - trivyStarted) / 1000).toFixed(1);
  }
  const megabytes = details.size / 1e6;
  console.log(
    `${image.padEnd(28)} ${megabytes.toFixed(0).padStart(5)} ${seconds.toFixed(1).padStart(8)} ${(megabytes / seconds).toFixed(0).padStart(6)} ${(peak / 1e6).toFixed(0).padStart(7)} ${String(contents.packages.length).padStart(9)} ${String(contents.secrets.length).padStart(8)} ${trivySeconds.padStart(8)}`,
  );
}
