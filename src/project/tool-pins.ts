import type { ProjectFiles } from './project-files.js';
import { tomlSections } from './toml-lite.js';
import type { Fact } from './types.js';

/** The names mise and asdf give each runtime. */
const TOOL_NAMES: Record<string, string[]> = {
  node: ['node', 'nodejs'],
  python: ['python'],
  go: ['go', 'golang'],
  ruby: ['ruby'],
  rust: ['rust'],
  java: ['java'],
  php: ['php'],
  bun: ['bun'],
  deno: ['deno'],
  elixir: ['elixir'],
  erlang: ['erlang'],
  gleam: ['gleam'],
  pnpm: ['pnpm'],
  yarn: ['yarn'],
};

/** `node = "20"`, `node = ["20", "18"]` (first wins) or `node = { version = "20" }` in mise.toml's [tools]. */
function miseTool(text: string, names: string[]): string | undefined {
  const tools = tomlSections(text).get('tools') ?? '';
  for (const name of names) {
    const line = new RegExp(`^\\s*["']?${name}["']?\\s*=\\s*(.+)$`, 'm').exec(tools)?.[1];
    const value = line ? /["']([^"']+)["']/.exec(line)?.[1] : undefined;
    if (value) return value;
  }
  return undefined;
}

function toolVersionsLine(text: string, names: string[]): string | undefined {
  for (const line of text.split('\n')) {
    const [name, version] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (names.includes(name) && version) return version;
  }
  return undefined;
}

/** A runtime pinned in mise.toml (or .mise.toml) or .tool-versions: the tool pins a project sets for every runtime at once. */
export function pinnedTool(files: ProjectFiles, runtime: string): Fact<string> | undefined {
  const names = TOOL_NAMES[runtime] ?? [runtime];
  for (const file of ['mise.toml', '.mise.toml']) {
    const text = files.readText(file);
    const version = text ? miseTool(text, names) : undefined;
    if (version) return { value: version, source: `${file}#tools.${names[0]}` };
  }
  const asdf = files.readText('.tool-versions');
  const version = asdf ? toolVersionsLine(asdf, names) : undefined;
  return version ? { value: version, source: '.tool-versions' } : undefined;
}

/** The first line of a version file that is not blank or a comment (`.python-version` may carry comments). */
export function versionFileLine(text: string | undefined): string | undefined {
  return text
    ?.split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .find(Boolean);
}
