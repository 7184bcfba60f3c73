import type { LanguageDetection, LanguageDetector } from './detection.js';
import type { ProjectFiles } from './project-files.js';
import { versionFileLine } from './tool-pins.js';

/** A shell-script app: start.sh, or the only *.sh at the root. Its shebang picks the shell. */
function shellScript(files: ProjectFiles): string | undefined {
  if (files.exists('start.sh')) return 'start.sh';
  const scripts = files.list().filter((name) => name.endsWith('.sh'));
  return scripts.length === 1 ? scripts[0] : undefined;
}

export const shellDetector: LanguageDetector = {
  matches: (files) => shellScript(files) !== undefined,
  detect: (files): LanguageDetection => {
    const script = shellScript(files)!;
    const shebang = /^#!\s*(?:\/usr\/bin\/env\s+)?\S*?(\w+)\s*$/m.exec(
      files.readText(script)?.split('\n')[0] ?? '',
    )?.[1];
    const shell = shebang && ['bash', 'zsh', 'dash', 'sh'].includes(shebang) ? shebang : 'bash';
    return {
      language: { value: 'shell', source: script },
      manifests: [],
      entry: { value: script, source: script },
      startCommand: {
        value: `${shell} ${script}`,
        source: shebang ? `${script} (shebang)` : `${script} (no shebang: bash)`,
      },
      appKind: { value: 'worker', source: `${script} is a script` },
    };
  },
};

/** C and C++ built with CMake or Meson: the executable's name comes from the build file. */
export const cppDetector: LanguageDetector = {
  matches: (files) => files.exists('CMakeLists.txt') || files.exists('meson.build'),
  detect: (files): LanguageDetection => {
    const cmake = files.exists('CMakeLists.txt');
    const buildFile = cmake ? 'CMakeLists.txt' : 'meson.build';
    const text = files.readText(buildFile) ?? '';
    const target = cmake
      ? /add_executable\(\s*([\w.-]+)/.exec(text)?.[1]
      : /executable\(\s*['"]([\w.-]+)['"]/.exec(text)?.[1];
    return {
      language: { value: 'cpp', source: buildFile },
      packageManager: { value: cmake ? 'cmake' : 'meson', source: buildFile },
      manifests: [],
      entry: target ? { value: target, source: `${buildFile}#executable` } : undefined,
      appKind: { value: 'worker', source: `${buildFile} builds a program` },
    };
  },
};

/** Deno: the version from .deno-version or .dvmrc, the start from deno.json's tasks.start or main.ts. */
export function denoDetails(files: ProjectFiles): Partial<LanguageDetection> {
  const version = versionFileLine(files.readText('.deno-version') ?? files.readText('.dvmrc'));
  const config = files.exists('deno.json')
    ? 'deno.json'
    : files.exists('deno.jsonc')
      ? 'deno.jsonc'
      : undefined;
  const tasks = config ? /"start"\s*:\s*"([^"]+)"/.exec(files.readText(config) ?? '')?.[1] : undefined;
  const main = ['main.ts', 'main.js', 'mod.ts', 'index.ts', 'server.ts'].find((name) => files.exists(name));
  return {
    runtimeVersion: version ? { value: version.replace(/^v/, ''), source: '.deno-version' } : undefined,
    entry: main ? { value: main, source: main } : undefined,
    startCommand: tasks
      ? { value: 'deno task start', source: `${config}#tasks.start` }
      : main
        ? { value: `deno run --allow-net --allow-env --allow-read ${main}`, source: main }
        : undefined,
    manifests: [config, files.exists('deno.lock') ? 'deno.lock' : undefined].filter((f): f is string => !!f),
  };
}

/** Elixir: the release is named after mix.exs's `app:`; Phoenix listens on 4000. */
export function elixirDetails(files: ProjectFiles): Partial<LanguageDetection> {
  const mix = files.readText('mix.exs') ?? '';
  const app = /\bapp:\s*:(\w+)/.exec(mix)?.[1];
  const phoenix = /\{:phoenix,/.test(mix);
  return {
    manifests: ['mix.exs', ...(files.exists('mix.lock') ? ['mix.lock'] : [])],
    entry: app ? { value: app, source: 'mix.exs#app' } : undefined,
    framework: phoenix ? { value: 'Phoenix', source: 'mix.exs#deps' } : undefined,
    port: phoenix ? { value: 4000, source: 'default for Phoenix' } : undefined,
  };
}
