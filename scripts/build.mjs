// Bundles the CLI and server into dist/ with esbuild, so that start-up resolves few modules.
// Dynamic imports become separate chunks that load on demand.
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { dynamicImportsOfCommonJs } from './bundle-checks.mjs';

// Everything in "dependencies" is installed with the package and stays external; the rest
// (the MCP SDK, zod, yaml, dockerfile-ast, execa) is bundled into dist/.
const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const EXTERNAL = Object.keys(pkg.dependencies).flatMap((name) => [name, `${name}/*`]);

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  logLevel: 'warning',
  metafile: true,
  // Bundled CommonJS dependencies (yaml) call require(); ESM output needs one made for it.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __dwCreateRequire } from 'node:module';\nconst require = __dwCreateRequire(import.meta.url);",
  },
};

function refuseDynamicCommonJs(result) {
  const problems = dynamicImportsOfCommonJs(result.metafile);
  if (problems.length === 0) return;
  console.error(
    `build: dynamic import of a bundled CommonJS module (its named exports would be undefined in dist/):\n  ${problems.join('\n  ')}\n` +
      'Import it statically from an ESM module of ours and load that module lazily (see src/yaml.ts).',
  );
  process.exit(1);
}

// The tools/list answer is computed once here and inlined, so the server lists its tools
// without loading them (see src/mcp/tool-listing.ts).
await rm('dist', { recursive: true, force: true });
refuseDynamicCommonJs(
  await build({ ...common, entryPoints: ['scripts/tool-list-entry.ts'], outfile: 'dist/tool-list.mjs' }),
);
const toolList = execFileSync(process.execPath, ['dist/tool-list.mjs'], {
  encoding: 'utf8',
  maxBuffer: 64 << 20,
});
await rm('dist/tool-list.mjs');

// cli.js is the bin; index.js is the module for embedding the server in-process (agent
// frameworks, and the tests, which exercise the built server rather than the sources);
// lint-worker.js lints large Dockerfiles off the event loop (src/dockerfile/lint/off-thread.ts).
refuseDynamicCommonJs(
  await build({
    ...common,
    define: { __DOCKWRIGHT_TOOL_LIST__: JSON.stringify(toolList) },
    entryPoints: {
      cli: 'src/cli.ts',
      index: 'src/index.ts',
      'lint-worker': 'src/dockerfile/lint/lint-worker.ts',
    },
    outdir: 'dist',
    splitting: true,
    sourcemap: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
  }),
);
