import type { ProjectFiles } from './project-files.js';

/** The framework config file the app has (`vite.config.ts`, `next.config.mjs`...), if any. */
export function hasConfig(files: ProjectFiles, base: string): string | undefined {
  return ['js', 'mjs', 'cjs', 'ts', 'mts'].map((ext) => `${base}.${ext}`).find((name) => files.exists(name));
}

/**
 * Vite writes to dist unless vite.config sets `build: { outDir: '...' }` as a plain string.
 * Security: only a relative path inside the app (no `..`, no leading /) reaches COPY.
 */
export function viteOutDir(files: ProjectFiles): string {
  const config = files.readText(hasConfig(files, 'vite.config') ?? '') ?? '';
  const outDir = /\boutDir\s*:\s*['"`]([\w./-]+)['"`]/
    .exec(config)?.[1]
    ?.replace(/^\.\//, '')
    .replace(/\/$/, '');
  return outDir && !outDir.startsWith('/') && !outDir.split('/').includes('..') ? outDir : 'dist';
}

/** The TanStack Start release the app installs: from its lockfile, else the version its spec names ('latest' is new). */
export function tanstackStartVersion(files: ProjectFiles): number[] {
  const lock = files.readJson('package-lock.json')?.packages as
    | Record<string, { version?: string }>
    | undefined;
  const locked =
    lock?.['node_modules/@tanstack/react-start']?.version ??
    lock?.['node_modules/@tanstack/solid-start']?.version;
  const text =
    locked ??
    /@tanstack\/(?:react|solid)-start@(?:npm:)?(\d+\.\d+\.\d+)/.exec(
      ['bun.lock', 'pnpm-lock.yaml', 'yarn.lock'].map((file) => files.readText(file) ?? '').join('\n'),
    )?.[1];
  const manifest = files.readJson('package.json') ?? {};
  const specs = { ...(manifest.dependencies as object), ...(manifest.devDependencies as object) } as Record<
    string,
    string
  >;
  const spec = text ?? specs['@tanstack/react-start'] ?? specs['@tanstack/solid-start'] ?? '';
  if (spec === 'latest') return [Number.POSITIVE_INFINITY];
  return (/(\d+)\.(\d+)/.exec(spec) ?? []).slice(1).map(Number);
}
