import { type LanguageDetection, type LanguageDetector, portInSource } from './detection.js';
import type { ProjectFiles } from './project-files.js';
import { DEFAULT_VERSIONS, resolveVersion, toolVersionsEntry } from './runtime-versions.js';
import type { Fact } from './types.js';

/** Puma's `port ENV['PORT'] || 4567` in config/puma.rb. */
function pumaPort(files: ProjectFiles): Fact<number> | undefined {
  const port = portInSource(files.readText('config/puma.rb'));
  return port ? { value: port, source: 'config/puma.rb' } : undefined;
}

function rubyVersion(files: ProjectFiles, gemfile: string): Fact<string> | undefined {
  const candidates: Array<[string, string | undefined]> = [
    [
      '.ruby-version',
      files
        .readText('.ruby-version')
        ?.trim()
        .replace(/^ruby-/, ''),
    ],
    ['Gemfile#ruby', /^\s*ruby\s+['"]([^'"]+)['"]/m.exec(gemfile)?.[1]],
    ['.tool-versions', toolVersionsEntry(files.readText('.tool-versions') ?? '', 'ruby')],
  ];
  for (const [source, spec] of candidates) {
    const version = spec ? resolveVersion(spec, DEFAULT_VERSIONS.ruby) : undefined;
    if (version) return { value: version, source };
  }
  return undefined;
}

/**
 * Folders of gems the Gemfile takes from the app itself (`gem "x", path: "libs/x"`): Bundler reads
 * their gemspecs while it installs. Security: only relative folders inside the app.
 */
function localGems(files: ProjectFiles, gemfile: string): string[] {
  return [...gemfile.matchAll(/^\s*gem\s+['"][^'"]+['"][^\n]*\bpath:\s*['"]([\w./-]+)['"]/gm)]
    .map((match) => match[1].replace(/^\.\//, '').replace(/\/?$/, '/'))
    .filter((dir) => !dir.startsWith('/') && !dir.split('/').includes('..') && files.isDir(dir.slice(0, -1)));
}

/** A Gemfile.lock made on a Mac lists only darwin platforms, and Bundler refuses it on Linux. */
function lockfileWithoutLinux(files: ProjectFiles): Fact<string> | undefined {
  const platforms = /^PLATFORMS\n((?:[ \t]+\S+\n?)+)/m
    .exec(files.readText('Gemfile.lock') ?? '')?.[1]
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (!platforms || platforms.some((platform) => platform === 'ruby' || platform.includes('linux')))
    return undefined;
  return { value: `it lists only ${platforms.join(', ')}`, source: 'Gemfile.lock#PLATFORMS' };
}

function detectRuby(files: ProjectFiles): LanguageDetection {
  const gemfile = files.readText('Gemfile') ?? '';
  const gems = [...gemfile.matchAll(/^\s*gem\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  const rails = gems.includes('rails') || files.exists('config/application.rb');
  const rack = files.exists('config.ru');
  const framework = rails ? 'Rails' : gems.includes('sinatra') ? 'Sinatra' : undefined;
  const start = rails
    ? 'bundle exec rails server -b 0.0.0.0 -p 3000'
    : rack
      ? `bundle exec ${gems.includes('puma') ? 'puma -b tcp://0.0.0.0:9292' : 'rackup -o 0.0.0.0 -p 9292'}`
      : files.exists('app.rb')
        ? 'bundle exec ruby app.rb'
        : undefined;
  return {
    language: { value: 'ruby', source: 'Gemfile' },
    packageManager: { value: 'bundler', source: 'Gemfile' },
    lockfile: files.exists('Gemfile.lock') ? 'Gemfile.lock' : undefined,
    staleLockfile: lockfileWithoutLinux(files),
    manifests: [
      'Gemfile',
      ...(files.exists('Gemfile.lock') ? ['Gemfile.lock'] : []),
      ...localGems(files, gemfile),
    ],
    runtimeVersion: rubyVersion(files, gemfile),
    framework: framework ? { value: framework, source: 'Gemfile' } : undefined,
    buildCommand: rails
      ? { value: 'bundle exec rails assets:precompile', source: 'default for Rails' }
      : undefined,
    startCommand: start
      ? { value: start, source: rails ? 'default for Rails' : rack ? 'config.ru' : 'app.rb' }
      : undefined,
    port: pumaPort(files) ?? {
      value: rails ? 3000 : 9292,
      source: rails ? 'default for Rails' : 'default for Rack',
    },
    dependencies: { names: gems, source: 'Gemfile' },
  };
}

export const rubyDetector: LanguageDetector = {
  matches: (files) => files.exists('Gemfile'),
  detect: (files) => detectRuby(files),
};
