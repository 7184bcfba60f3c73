import { denoDetails, elixirDetails } from './detect-native.js';
import type { LanguageDetector } from './detection.js';
import { inDir, type ProjectFiles } from './project-files.js';
import type { Language } from './types.js';

interface MarkerRule {
  language: Language;
  /** The first marker present names the package manager (if any) and the source. */
  markers: Array<{ file: string | ((files: ProjectFiles) => string | undefined); manager?: string }>;
}

const byExtension =
  (extension: string, dir = '.') =>
  (files: ProjectFiles): string | undefined => {
    const name = files.list(dir).find((entry) => entry.endsWith(extension));
    return name && inDir(dir, name);
  };

/**
 * Languages we recognise so that detection can say what a project is, but for which
 * dockwright has no Dockerfile template (generation refuses them with a clear message).
 */
const RULES: MarkerRule[] = [
  {
    language: 'deno',
    markers: [
      { file: 'deno.json' },
      { file: 'deno.jsonc' },
      { file: 'deno.lock' },
      { file: '.deno-version' },
    ],
  },
  { language: 'elixir', markers: [{ file: 'mix.exs', manager: 'mix' }] },
  {
    language: 'clojure',
    markers: [
      { file: 'project.clj', manager: 'leiningen' },
      { file: 'deps.edn', manager: 'clojure-cli' },
    ],
  },
  { language: 'scala', markers: [{ file: 'build.sbt', manager: 'sbt' }] },
  {
    language: 'haskell',
    markers: [
      { file: 'stack.yaml', manager: 'stack' },
      { file: byExtension('.cabal'), manager: 'cabal' },
    ],
  },
  {
    language: 'crystal',
    markers: [{ file: 'shard.yml', manager: 'shards' }, { file: byExtension('.cr', 'src') }],
  },
  { language: 'dart', markers: [{ file: 'pubspec.yaml', manager: 'pub' }] },
  { language: 'gleam', markers: [{ file: 'gleam.toml', manager: 'gleam' }] },
  { language: 'swift', markers: [{ file: 'Package.swift', manager: 'swiftpm' }] },
  { language: 'zig', markers: [{ file: 'build.zig' }] },
  { language: 'cobol', markers: [{ file: byExtension('.cbl') }] },
  { language: 'scheme', markers: [{ file: byExtension('.scm') }] },
];

function firstMarker(rule: MarkerRule, files: ProjectFiles): { file: string; manager?: string } | undefined {
  for (const marker of rule.markers) {
    const file =
      typeof marker.file === 'string'
        ? files.exists(marker.file)
          ? marker.file
          : undefined
        : marker.file(files);
    if (file) return { file, manager: marker.manager };
  }
  return undefined;
}

function markerDetector(rule: MarkerRule): LanguageDetector {
  return {
    matches: (files) => firstMarker(rule, files) !== undefined,
    detect: (files) => {
      const found = firstMarker(rule, files)!;
      return {
        language: { value: rule.language, source: found.file },
        packageManager: found.manager ? { value: found.manager, source: found.file } : undefined,
        manifests: [found.file],
        ...(rule.language === 'deno' ? denoDetails(files) : {}),
        ...(rule.language === 'elixir' ? elixirDetails(files) : {}),
        ...(rule.language === 'gleam'
          ? { manifests: ['gleam.toml', ...(files.exists('manifest.toml') ? ['manifest.toml'] : [])] }
          : {}),
      };
    },
  };
}

export const otherDetectors = new Map(RULES.map((rule) => [rule.language, markerDetector(rule)]));
