/** Default runtime versions (major.minor, so tags stay pinned) and the newest minor we know per major. */
export const DEFAULT_VERSIONS = {
  node: '22.12',
  python: '3.12',
  go: '1.23',
  rust: '1.83',
  java: '21',
  dotnet: '8.0',
  ruby: '3.3',
  php: '8.3',
} as const;

const NODE_MINORS: Record<string, string> = {
  '16': '16.20',
  '18': '18.20',
  '20': '20.19',
  '22': '22.12',
  '24': '24.11',
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
export function resolveVersion(spec: string, fallback: string): string | undefined {
  const trimmed = spec.trim();
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

/** Node specs: `v20.11.1`, `20`, `lts/iron`, `lts/*`, `>=18`. Node tags use the major plus our known minor. */
export function resolveNodeVersion(spec: string): string | undefined {
  const trimmed = spec.trim().toLowerCase();
  if (trimmed.startsWith('lts/')) {
    const major = NODE_CODENAMES[trimmed.slice(4)];
    return major ? (NODE_MINORS[major] ?? major) : DEFAULT_VERSIONS.node;
  }
  if (trimmed === 'node' || trimmed === 'latest' || trimmed === 'stable') return DEFAULT_VERSIONS.node;
  const resolved = resolveVersion(trimmed.replace(/^v/, ''), DEFAULT_VERSIONS.node);
  if (!resolved) return undefined;
  const [major, minor] = resolved.split('.');
  if (minor !== undefined && /^\d+\.\d+/.test(trimmed.replace(/^v/, ''))) return `${major}.${minor}`;
  return NODE_MINORS[major] ?? major;
}

/** The value for `tool` in a .tool-versions file (asdf/mise). */
export function toolVersionsEntry(text: string, tool: string): string | undefined {
  for (const line of text.split('\n')) {
    const [name, version] = line.trim().split(/\s+/);
    if (name === tool && version) return version;
  }
  return undefined;
}
