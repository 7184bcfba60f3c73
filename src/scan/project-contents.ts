import { inventoryParserFor } from './inventory/classify.js';
import { parsePackageLock, parseRequirements } from './inventory/lockfiles.js';
import type { Package, SecretFinding } from './model.js';
import { isSecretCandidate } from './secrets/candidates.js';
import { looksLikeText, scanTextForSecrets } from './secrets/scan-text.js';

export interface ProjectContents {
  packages: Package[];
  secrets: SecretFinding[];
  files: number;
  truncated: boolean;
}

const maxFiles = 100_000;
const skippedDirs = new Set(['.git', '.hg', '.svn']);

function projectParser(relative: string) {
  const base = relative.slice(relative.lastIndexOf('/') + 1);
  if (base === 'package-lock.json' && !relative.includes('node_modules/')) return parsePackageLock;
  if (/^requirements.*\.txt$/.test(base)) return parseRequirements;
  return inventoryParserFor(relative);
}

/** Reads a project folder: packages from lockfiles and installed manifests, and secrets in its files. */
export async function readProjectContents(root: string, options: { secrets: boolean; signal?: AbortSignal }) {
  const { readdir, readFile, lstat } = await import('node:fs/promises');
  const path = await import('node:path');
  const result: ProjectContents = { packages: [], secrets: [], files: 0, truncated: false };
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    if (relative.split('/').some((part) => skippedDirs.has(part))) continue;
    if (++result.files > maxFiles) {
      result.truncated = true;
      break;
    }
    if (options.signal?.aborted) break;
    const parser = projectParser(relative);
    // Third-party code under node_modules is inventoried, not searched for secrets.
    const size = (await lstat(absolute)).size;
    const candidate =
      options.secrets &&
      !relative.includes('node_modules/') &&
      isSecretCandidate({ layer: '', path: relative, type: 'file', size, mode: 0o644 });
    if (!parser && !candidate) continue;
    const content = await readFile(absolute);
    if (parser) result.packages.push(...parser(content.toString('utf8'), relative));
    if (candidate && looksLikeText(content)) {
      for (const match of scanTextForSecrets(content.toString('utf8'), relative)) {
        result.secrets.push({ kind: 'secret', ...match, target: relative });
      }
    }
  }
  return result;
}
