import { ProjectFiles } from './project-files.js';
import { sourceFiles } from './source-scan.js';

export interface LinkTarget {
  name: string;
  dir: string;
  port?: number;
}

/** One app calling another, and how its code or configuration says so. */
export interface AppLink {
  from: string;
  to: string;
  /** Environment variables the caller reads for the callee's address, e.g. BACKEND_URL or VITE_API_URL. */
  variables: string[];
  /** The file that shows the call, root-relative. */
  source: string;
}

const CONFIG_FILES = [
  '.env',
  '.env.example',
  '.env.local',
  '.env.development',
  '.env.production',
  'package.json',
  'vite.config.js',
  'vite.config.ts',
  'next.config.js',
  'next.config.mjs',
];

/** Variable names that carry an address: *_URL, *_HOST, *_ORIGIN, *_ENDPOINT, *_BASE(_URL), *_ADDR. */
const ADDRESS_VARIABLE = /\b([A-Z][A-Z0-9_]*_(?:URL|HOST|ORIGIN|ENDPOINT|BASE|BASE_URL|ADDR|ADDRESS))\b/g;
/** Generic names for "the other app", matched when no variable names the callee itself. */
const GENERIC_NAMES = ['API', 'BACKEND', 'SERVER'];

function addressVariables(texts: string[]): string[] {
  return [...new Set(texts.flatMap((text) => [...text.matchAll(ADDRESS_VARIABLE)].map((m) => m[1])))];
}

const words = (name: string) => name.toUpperCase().split(/[^A-Z0-9]+/);

/**
 * Which app calls which: the caller's sources or config name the callee's local address
 * (localhost:PORT, unless both use that port) or read a variable named for it (BACKEND_URL).
 * The variables to set are those named for the callee, else the generic ones (API_URL).
 */
export function findAppLinks(root: string, apps: LinkTarget[]): AppLink[] {
  const links: AppLink[] = [];
  for (const caller of apps) {
    const files = new ProjectFiles(root).sub(caller.dir);
    // A root app's folder holds the other apps; their files say nothing about what it calls.
    const nested = apps.filter((app) => caller.dir === '.' && app.dir !== '.').map((app) => `${app.dir}/`);
    const texts = [...CONFIG_FILES, ...sourceFiles(files)]
      .filter((file) => !nested.some((dir) => file.startsWith(dir)))
      .map((file) => ({ file, text: files.readText(file) ?? '' }))
      .filter(({ text }) => text.length > 0);
    const variables = addressVariables(texts.map(({ text }) => text));
    for (const callee of apps) {
      if (callee === caller || callee.port === undefined) continue;
      const own = words(callee.name).at(-1) ?? '';
      const named = variables.filter((name) => name.split('_').includes(own));
      const local = new RegExp(`\\b(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0):${callee.port}\\b`);
      const hit = callee.port === caller.port ? undefined : texts.find(({ text }) => local.test(text));
      const namedHit = texts.find(({ text }) => named.some((name) => text.includes(name)));
      const shown = hit ?? namedHit;
      if (!shown) continue;
      links.push({
        from: caller.name,
        to: callee.name,
        variables:
          named.length > 0
            ? named
            : variables.filter((name) => GENERIC_NAMES.some((word) => name.split('_').includes(word))),
        source: caller.dir === '.' ? shown.file : `${caller.dir}/${shown.file}`,
      });
    }
  }
  return links;
}
