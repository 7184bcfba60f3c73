import { generateKeyPairSync } from 'node:crypto';
import { runProcess } from '../../../src/exec/process.js';
import { requireEngine, requireImage, TEST_LABELS, uniqueName } from '../../helpers/docker.js';
import { removeTree, tempTree } from '../../helpers/temp-tree.js';

/** The Debian 20.10 client builds with BuildKit through the engine. */
const dockerCli = '/usr/bin/docker';

/** Builds a labelled test image from files written to a fresh context; returns its tag. */
export async function buildTestImage(prefix: string, files: Record<string, string>): Promise<string> {
  await requireEngine();
  const context = tempTree(files, 'dockwright-scan-ctx-');
  try {
    const tag = `${uniqueName(prefix)}:test`;
    const labels = Object.entries(TEST_LABELS).flatMap(([key, value]) => ['--label', `${key}=${value}`]);
    const result = await runProcess(dockerCli, ['build', '-q', '-t', tag, ...labels, context], {
      env: { DOCKER_BUILDKIT: '1' },
      timeoutMs: 180_000,
    });
    if (result.exitCode !== 0) throw new Error(`docker build of ${tag} failed: ${result.stderr}`);
    return tag;
  } finally {
    removeTree(context);
  }
}

/** A freshly generated RSA key: its body must never appear in any output. */
export function freshPrivateKey(): { pem: string; body: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const body = pem.split('\n').slice(1, -2).join('');
  return { pem, body };
}

/** An image whose second layer adds a private key and whose third deletes it. */
export async function imageWithDeletedKey(pem: string): Promise<string> {
  await requireImage('debian:bookworm-slim');
  return buildTestImage('scan-deleted-key', {
    Dockerfile: 'FROM debian:bookworm-slim\nCOPY deploy_key /root/.ssh/id_rsa\nRUN rm /root/.ssh/id_rsa\n',
    deploy_key: pem,
  });
}

/** A Node image with a node_modules folder written here (no network): left-pad at `leftPad`. */
export async function nodeImageWithModules(leftPad: string): Promise<string> {
  await requireImage('node:20-bookworm-slim');
  const manifest = (name: string, version: string) => JSON.stringify({ name, version, license: 'MIT' });
  return buildTestImage('scan-node-app', {
    Dockerfile: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY app/ /app/\nCMD ["node", "index.js"]\n',
    'app/package.json': JSON.stringify({
      name: 'scan-fixture',
      version: '1.0.0',
      dependencies: { 'left-pad': leftPad },
    }),
    'app/index.js': 'console.log(require("left-pad")("x", 3));\n',
    'app/node_modules/left-pad/package.json': manifest('left-pad', leftPad),
    'app/node_modules/left-pad/index.js': 'module.exports = (s, n) => String(s).padStart(n);\n',
    'app/node_modules/@fixture/util/package.json': manifest('@fixture/util', '0.3.0-beta.2'),
  });
}

/** The diff ids of an image's layers, base first, as the engine reports them. */
export async function layerDiffIds(ref: string): Promise<string[]> {
  const engine = await requireEngine();
  return (await engine.inspectImage(ref)).layers;
}
