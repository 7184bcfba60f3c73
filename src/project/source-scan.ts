import type { ProjectFiles } from './project-files.js';
import type { Fact } from './types.js';

const SOURCE = /\.(m?[jt]sx?|cjs|py|rb|go|rs|php|ex|gleam)$/;
const MAX_FILES = 40;

/** Source files a quick scan reads: the entry first, then the shallowest others (bounded). */
export function sourceFiles(files: ProjectFiles, entry?: string): string[] {
  const others = files.find((name) => SOURCE.test(name) && !/\.(test|spec|d)\./.test(name), 2);
  return [...new Set([...(entry ? [entry] : []), ...others])].slice(0, MAX_FILES);
}

const HEALTH_ROUTES = ['/healthz', '/health', '/api/health', '/readyz', '/ready', '/livez'];

/** A health route the app's own code defines, preferred in this order over probing `/`. */
export function healthRoute(files: ProjectFiles, sources: string[]): Fact<string> | undefined {
  const texts = sources.map((file) => [file, files.readText(file) ?? ''] as const);
  for (const route of HEALTH_ROUTES) {
    const routeFile = ['app', 'src/app']
      .flatMap((dir) => ['ts', 'js'].map((ext) => `${dir}${route}/route.${ext}`))
      .concat(['pages', 'src/pages'].flatMap((dir) => ['ts', 'js'].map((ext) => `${dir}${route}.${ext}`)))
      .find((file) => files.exists(file));
    if (routeFile) return { value: route, source: routeFile };
    const quoted = new RegExp(`["'\`]${route.replace(/\//g, '\\/')}/?["'\`]`);
    const hit = texts.find(([, text]) => quoted.test(text));
    if (hit) return { value: route, source: hit[0] };
  }
  return undefined;
}
