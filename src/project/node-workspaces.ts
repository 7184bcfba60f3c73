import type { ProjectFiles } from './project-files.js';

/** Workspace globs from package.json#workspaces (array or {packages}) or pnpm-workspace.yaml#packages. */
export function workspaceGlobs(files: ProjectFiles, manifest: Record<string, unknown>): string[] {
  const declared = manifest.workspaces;
  if (Array.isArray(declared)) return declared.filter((glob): glob is string => typeof glob === 'string');
  const packages = (declared as { packages?: unknown } | undefined)?.packages;
  if (Array.isArray(packages)) return packages.filter((glob): glob is string => typeof glob === 'string');
  const yaml = files.readText('pnpm-workspace.yaml');
  if (!yaml) return [];
  const block = /^packages:\s*\n((?:[ \t]+-.*\n?|[ \t]*#.*\n?|\s*\n)+)/m.exec(yaml)?.[1] ?? '';
  return [...block.matchAll(/^[ \t]+-\s*["']?([^"'\n#]+?)["']?\s*(?:#.*)?$/gm)].map((m) => m[1]);
}

/**
 * The workspace package folders, relative to the root: each glob's `dir/*` or `dir/**` level
 * or an exact folder, keeping those with a package.json; `!` globs exclude.
 */
export function workspacePackages(files: ProjectFiles, globs: string[]): string[] {
  const excluded = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1).replace(/\/+$/, ''));
  const found = new Set<string>();
  for (const glob of globs.filter((g) => !g.startsWith('!'))) {
    const clean = glob.replace(/^\.\//, '').replace(/\/+$/, '');
    const star = clean.search(/\*/);
    const candidates =
      star === -1
        ? [clean]
        : files
            .list(clean.slice(0, star).replace(/\/$/, '') || '.')
            .map((name) => `${clean.slice(0, star)}${name}`.replace(/^\.\//, ''));
    for (const dir of candidates) {
      // Security: a glob such as ../* names folders outside the repository, which are never its packages.
      const outside = dir.startsWith('/') || dir.split('/').includes('..');
      if (outside || dir.split('/').includes('node_modules') || excluded.includes(dir)) continue;
      if (files.exists(`${dir}/package.json`)) found.add(dir);
    }
  }
  return [...found].sort();
}
