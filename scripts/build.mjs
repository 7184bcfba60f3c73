// Bundles the CLI and server into dist/ with esbuild. Pure-JS dependencies are bundled so
// that start-up resolves few modules; native and heavy ones stay external (installed with
// the package) and load on demand through dynamic imports, which become separate chunks.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

const EXTERNAL = [
  'better-sqlite3',
  'web-tree-sitter',
  'tree-sitter-bash',
  'dockerode',
  'docker-modem',
  'ssh2',
  'cpu-features',
  '@grpc/grpc-js',
  '@grpc/proto-loader',
  'protobufjs',
  'tar-stream',
  'express',
];

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  sourcemap: 'linked',
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __dwCreateRequire } from 'node:module';\nconst require = __dwCreateRequire(import.meta.url);",
  },
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
