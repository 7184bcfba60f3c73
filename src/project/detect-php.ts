import type { LanguageDetection, LanguageDetector } from './detection.js';
import type { ProjectFiles } from './project-files.js';
import { DEFAULT_VERSIONS, resolveVersion } from './runtime-versions.js';

function detectPhp(files: ProjectFiles): LanguageDetection {
  const composer = files.readJson('composer.json');
  const require = (composer?.require ?? {}) as Record<string, string>;
  const laravel = files.exists('artisan') || 'laravel/framework' in require;
  const phpSpec = require.php;
  const version = phpSpec ? resolveVersion(phpSpec.split('|')[0], DEFAULT_VERSIONS.php) : undefined;
  const docRoot = laravel || files.exists('public/index.php') ? 'public' : '.';
  return {
    language: { value: 'php', source: composer ? 'composer.json' : 'index.php' },
    packageManager: composer ? { value: 'composer', source: 'composer.json' } : undefined,
    lockfile: files.exists('composer.lock') ? 'composer.lock' : undefined,
    manifests: composer ? ['composer.json', ...(files.exists('composer.lock') ? ['composer.lock'] : [])] : [],
    runtimeVersion: version ? { value: version, source: 'composer.json#require.php' } : undefined,
    framework: laravel
      ? { value: 'Laravel', source: files.exists('artisan') ? 'artisan' : 'composer.json' }
      : undefined,
    outputDir: { value: docRoot, source: docRoot === 'public' ? 'public/index.php' : 'index.php' },
    port: { value: 8080, source: 'default for the PHP image served by Apache on an unprivileged port' },
    dependencies: { names: Object.keys(require), source: 'composer.json' },
  };
}

export const phpDetector: LanguageDetector = {
  matches: (files) => files.exists('composer.json') || files.exists('index.php'),
  detect: (files) => detectPhp(files),
};
