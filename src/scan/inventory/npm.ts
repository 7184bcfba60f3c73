import type { Package } from '../model.js';

/** A package's own manifest: `…/node_modules/<name>/package.json` or `…/node_modules/@scope/<name>/package.json`. */
export function isNodeModulesManifest(path: string): boolean {
  return /(^|\/)node_modules\/(@[^/]+\/)?[^/@][^/]*\/package\.json$/.test(path);
}

function licensesOf(manifest: Record<string, unknown>): string[] | undefined {
  const license = manifest.license;
  if (typeof license === 'string') return [license];
  if (license && typeof license === 'object' && typeof (license as { type?: unknown }).type === 'string') {
    return [(license as { type: string }).type];
  }
  return undefined;
}

export function parseNodeManifest(text: string, path: string): Package | undefined {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof manifest.name !== 'string' || typeof manifest.version !== 'string') return undefined;
  return {
    name: manifest.name,
    version: manifest.version,
    ecosystem: 'npm',
    licenses: licensesOf(manifest),
    path,
  };
}
