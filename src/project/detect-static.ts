import type { LanguageDetection, LanguageDetector } from './detection.js';
import { inDir, type ProjectFiles } from './project-files.js';

function siteRoot(files: ProjectFiles): { dir: string; source: string } | undefined {
  const staticfile = files.readText('Staticfile');
  const declared = staticfile ? /^\s*root:\s*(\S+)/m.exec(staticfile)?.[1] : undefined;
  if (declared) return { dir: declared.replace(/\/$/, ''), source: 'Staticfile#root' };
  if (staticfile !== undefined) return { dir: '.', source: 'Staticfile' };
  for (const dir of ['.', 'public', 'site', 'www', 'dist']) {
    const index = inDir(dir, 'index.html');
    if (files.exists(index)) return { dir, source: index };
  }
  return undefined;
}

function detectStatic(files: ProjectFiles): LanguageDetection {
  const root = siteRoot(files) ?? { dir: '.', source: 'index.html' };
  return {
    language: { value: 'static', source: root.source },
    manifests: [],
    outputDir: { value: root.dir, source: root.source },
    port: { value: 8080, source: 'default: an unprivileged port for the web server' },
    appKind: { value: 'static-site', source: root.source },
  };
}

export const staticDetector: LanguageDetector = {
  matches: (files) => siteRoot(files) !== undefined,
  detect: (files) => detectStatic(files),
};
