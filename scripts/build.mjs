// Bundles the CLI and server into dist/ with esbuild, so that start-up resolves few modules.
// Dynamic imports become separate chunks that load on demand.
import { readFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';

// Everything in "dependencies" is installed with the package and stays external; the rest
// (the MCP SDK, zod, yaml, dockerfile-ast, execa) is bundled into dist/.
const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const EXTERNAL = Object.keys(pkg.dependencies).flatMap((name) => [name, `${name}/*`]);

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
