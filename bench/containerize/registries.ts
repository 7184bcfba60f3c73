import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where an app's build would need to download from a host that is unreachable here (only npm
 * and Debian are reachable). Read from the app's own files, before any build, so that such
 * apps are counted as skipped, never as failures or passes.
 */
export function unreachableRegistry(appDir: string, language: string): string | undefined {
  const read = (file: string) => {
    const full = path.join(appDir, file);
    return existsSync(full) ? readFileSync(full, 'utf8') : '';
  };
  switch (language) {
    case 'node':
      return nodeRegistry(read) ?? buildTimeDownload(appDir);
    case 'python':
      return pythonRegistry(read);
    case 'go':
      return /^\s*require\b/m.test(read('go.mod')) ? 'Go proxy' : undefined;
    case 'rust':
      return /^\[(workspace\.)?dependencies\]\s*\n\s*[\w-]+\s*=/m.test(read('Cargo.toml'))
        ? 'crates.io'
        : undefined;
    case 'java':
    case 'scala':
    case 'clojure':
      return 'Maven Central';
    case 'ruby':
      // A gem with `path:` comes from the app's own folder.
      return /^\s*gem\s+['"](?![^\n]*\bpath:)/m.test(read('Gemfile')) ? 'rubygems' : undefined;
    case 'php':
      return phpRegistry(read('composer.json'));
    case 'elixir':
    case 'gleam':
      return 'Hex';
    case 'deno':
      return denoRegistry(appDir);
    case 'csharp':
    case 'fsharp':
      return 'NuGet';
    default:
      return undefined;
  }
}

const GIT_SPEC = /^(github:|gitlab:|git\+|git:|https?:\/\/(github|gitlab)\.com\/)|^[\w-]+\/[\w.-]+(#.*)?$/;

/** A dependency from a Git host (npm only reaches the npm registry), or a package that downloads binaries on install. */
function nodeRegistry(read: (file: string) => string): string | undefined {
  const manifest = JSON.parse(read('package.json') || '{}') as Record<
    string,
    Record<string, string> | undefined
  >;
  const deps = { ...manifest.dependencies, ...manifest.devDependencies, ...manifest.optionalDependencies };
  const locks = ['package-lock.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock'].map(read).join('\n');
  const gitInLock =
    /"resolved": "(git\+|git:|github:)|codeload\.github\.com|"version": "github:|resolved "git\+/.test(locks);
  if (gitInLock || Object.values(deps).some((spec) => GIT_SPEC.test(spec))) return 'GitHub';
  const scopeRegistry = /url\s*=\s*"https:\/\/([\w.-]+)/.exec(read('bunfig.toml'))?.[1];
  if (scopeRegistry && scopeRegistry !== 'registry.npmjs.org') return `${scopeRegistry} (bunfig.toml scope)`;
  if (deps.prisma || deps['@prisma/client']) return 'binaries.prisma.sh (Prisma engines)';
  if (deps.puppeteer || deps.playwright) return 'browser download (Chrome/Playwright CDN)';
  // Their prebuilt binaries come from GitHub; compiling instead needs Node's headers from nodejs.org.
  const native = ['better-sqlite3', 'bcrypt', 'sqlite3', 'argon2'].find((name) => deps[name]);
  if (native) return `GitHub / nodejs.org (${native} prebuilt binary or node-gyp headers)`;
  return undefined;
}

function pythonRegistry(read: (file: string) => string): string | undefined {
  const requirements = read('requirements.txt')
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('#'));
  const pyproject = read('pyproject.toml');
  const projectDeps = /^dependencies\s*=\s*\[\s*["']/m.test(pyproject);
  const tool = /^\[tool\.(poetry|pdm|uv)\b/m.test(pyproject) || read('uv.lock') || read('Pipfile');
  // A [build-system] (pip install .) fetches its backend, e.g. setuptools, from PyPI.
  const buildSystem = /^\[build-system\]/m.test(pyproject);
  return requirements.length > 0 || projectDeps || tool || buildSystem ? 'PyPI' : undefined;
}

function phpRegistry(composer: string): string | undefined {
  if (!composer) return undefined;
  const requires = Object.keys((JSON.parse(composer) as { require?: Record<string, string> }).require ?? {});
  return requires.some((name) => name !== 'php' && !name.startsWith('ext-')) ? 'Packagist' : undefined;
}

/** Deno fetches remote modules (deno.land, jsr.io, esm.sh) at build time; npm: specifiers come from npm. */
function denoRegistry(appDir: string): string | undefined {
  const sources = readdirSync(appDir).filter((name) => /\.[jt]sx?$/.test(name));
  const text = sources.map((name) => readFileSync(path.join(appDir, name), 'utf8')).join('\n');
  const host = /from\s+["'](?:https:\/\/([\w.-]+)|(jsr):)/.exec(text);
  return host ? (host[1] ?? 'jsr.io') : undefined;
}

/** next/font/google downloads the fonts from Google while `next build` runs. */
function buildTimeDownload(appDir: string): string | undefined {
  const layouts = ['src/app/layout.tsx', 'app/layout.tsx', 'src/pages/_app.tsx', 'pages/_app.tsx'];
  const text = layouts
    .map((file) => path.join(appDir, file))
    .filter(existsSync)
    .map((file) => readFileSync(file, 'utf8'));
  return text.some((source) => source.includes('next/font/google'))
    ? 'Google Fonts (next/font/google at build time)'
    : undefined;
}
