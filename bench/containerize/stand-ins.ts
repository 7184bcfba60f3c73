/**
 * The locally made base images (scripts/test-env.sh) the bench builds with, per generator
 * role, and the runtime version each really contains. A role's first stand-in is its default;
 * an app gets the one whose version agrees with the version it asks for when that image exists
 * (`scripts/test-env.sh bench` makes the exact releases corpus apps pin). PHP has none: the
 * template runs php:X-apache-bookworm, and the php:8.2-cli-bookworm stand-in has no Apache.
 */
export interface StandIn {
  image: string;
  version: string;
}

const NODE: StandIn[] = [
  { image: 'node:26-bookworm-slim', version: '26.12.1' },
  { image: 'node:24-bookworm-slim', version: '24.22.3' },
  { image: 'node:22-bookworm-slim', version: '22.23.5' },
  { image: 'node:20-bookworm-slim', version: '20.20' },
  ...['18.20.5', '22.2.0', '22.19.0', '23.5.0', '24.16.0', '26.1.0'].map((version) => ({
    image: `node:${version}-bookworm-slim`,
    version,
  })),
];
const PYTHON: StandIn[] = [{ image: 'python:3.11-slim-bookworm', version: '3.11' }];

export const STAND_INS: Record<string, StandIn[]> = {
  node: NODE,
  'node-runtime': NODE,
  python: PYTHON,
  'python-runtime': PYTHON,
  go: [{ image: 'golang:1.19-bookworm', version: '1.19' }],
  runtime: [{ image: 'debian:bookworm-slim', version: '' }],
  cpp: [{ image: 'debian:bookworm-slim', version: '' }],
  static: [{ image: 'caddy:2.6', version: '2.6' }],
  ruby: [{ image: 'ruby:3.1-slim-bookworm', version: '3.1' }],
  java: [{ image: 'eclipse-temurin:17-jre', version: '17' }],
  bun: [
    { image: 'oven/bun:1.4.5-slim', version: '1.4.5' },
    { image: 'oven/bun:1.3.14-slim', version: '1.3.14' },
  ],
  deno: [{ image: 'denoland/deno:debian-2.9.6', version: '2.9.6' }],
};

/** The runtime (as in `ARG NODE_VERSION`) whose version picks a role's stand-in. */
const ROLE_RUNTIME: Record<string, string> = { 'node-runtime': 'node', 'python-runtime': 'python' };

/** Two versions agree when the shorter is a prefix of the longer, part by part (`20` and `20.19`). */
export function versionsAgree(a: string, b: string): boolean {
  const pa = a.replace(/^v/, '').split('.');
  const pb = b.replace(/^v/, '').split('.');
  return pa.slice(0, Math.min(pa.length, pb.length)).every((part, i) => part === pb[i]);
}

export interface StandInChoice {
  /** Role → image, for the generator's base-image option. */
  images: Record<string, string>;
  /** `runtime asked→held` wherever the chosen stand-in holds another version than the one asked for. */
  differs: string[];
}

/**
 * For each role, the first existing stand-in that holds the version the app asks for (runtime →
 * version, from the generated Dockerfile), else one of the same major, else the role's first.
 */
export async function chooseStandIns(
  requested: Record<string, string>,
  exists: (image: string) => Promise<boolean>,
): Promise<StandInChoice> {
  const choice: StandInChoice = { images: {}, differs: [] };
  for (const [role, candidates] of Object.entries(STAND_INS)) {
    const present: StandIn[] = [];
    for (const candidate of candidates) if (await exists(candidate.image)) present.push(candidate);
    const runtime = ROLE_RUNTIME[role] ?? role;
    const asked = requested[runtime];
    const major = (version: string) => version.replace(/^v/, '').split('.')[0];
    const chosen =
      (asked && present.find((standIn) => versionsAgree(asked, standIn.version))) ||
      (asked && present.find((standIn) => major(standIn.version) === major(asked))) ||
      present[0];
    if (!chosen) continue;
    choice.images[role] = chosen.image;
    const differs = `${runtime} ${asked}→${chosen.version}`;
    if (asked && chosen.version && !versionsAgree(asked, chosen.version) && !choice.differs.includes(differs))
      choice.differs.push(differs);
  }
  return choice;
}

/** Output a check expects that only a newer release prints than the stand-in holds. */
export const NEWER_RELEASE_OUTPUT: Record<string, string> = {
  'using config from file': 'Caddy 2.8+ logs it; Caddy 2.6 says "using provided configuration"',
};
