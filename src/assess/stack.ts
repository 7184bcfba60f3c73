import type { ParsedDockerfile } from '../dockerfile/parse/model.js';

export const STACKS = ['node', 'python', 'go', 'static', 'other'] as const;
export type Stack = (typeof STACKS)[number];

/** Final image size budgets in MB (1 MB = 10^6 bytes, as `docker images` counts). */
export const SIZE_BUDGET_MB: Record<Stack, number> = {
  node: 200,
  python: 150,
  go: 50,
  static: 50,
  other: 200,
};

/** What the app may add on top of its base image, in MB: dependencies, build output, files. */
export const APP_BUDGET_MB: Record<Stack, number> = {
  node: 100,
  python: 100,
  go: 30,
  static: 20,
  other: 100,
};

export interface SizeBudget {
  mb: number;
  /** How the budget was set, for the scorecard: `node`, or `node: base node:20 (231 MB) + 100 MB`. */
  basis: string;
}

/**
 * The stack's budget, raised to the base image's own size plus the app's share when the
 * base is known: a budget the base alone breaks would fail every image built on it.
 */
export function sizeBudget(stack: Stack, base?: { ref: string; sizeBytes: number }): SizeBudget {
  const flat = SIZE_BUDGET_MB[stack];
  if (!base) return { mb: flat, basis: stack };
  const baseMb = Math.ceil(base.sizeBytes / 1e6);
  const relative = baseMb + APP_BUDGET_MB[stack];
  if (relative <= flat) return { mb: flat, basis: stack };
  return { mb: relative, basis: `${stack}: base ${base.ref} ${baseMb} MB + ${APP_BUDGET_MB[stack]} MB` };
}

const BASE_IMAGE_STACKS: { pattern: RegExp; stack: Stack }[] = [
  { pattern: /(^|\/)node(:|@|$)/, stack: 'node' },
  { pattern: /(^|\/)python(:|@|$)/, stack: 'python' },
  { pattern: /(^|\/)golang(:|@|$)/, stack: 'go' },
  { pattern: /^scratch$|distroless\/static|(^|\/)(caddy|nginx|httpd)(:|@|$)/, stack: 'static' },
];

const ENV_STACKS: { name: string; stack: Stack }[] = [
  { name: 'NODE_VERSION', stack: 'node' },
  { name: 'PYTHON_VERSION', stack: 'python' },
  { name: 'GOLANG_VERSION', stack: 'go' },
];

function stackOfBaseImage(image: string): Stack | undefined {
  return BASE_IMAGE_STACKS.find((entry) => entry.pattern.test(image))?.stack;
}

const FILE_SERVERS = ['caddy', 'nginx', 'httpd'];

/** The program an image starts (`busybox httpd` counts as httpd). */
function programOf(image: { entrypoint?: string[]; cmd?: string[] }): string {
  const argv = [...(image.entrypoint ?? []), ...(image.cmd ?? [])].map((arg) => arg.split('/').pop() ?? '');
  return argv[0] === 'busybox' ? (argv[1] ?? '') : (argv[0] ?? '');
}

/**
 * The stack an image belongs to: from the Dockerfile's final stage (a Go build stage with a
 * scratch final stage is a static binary), from a file server it starts, then from the
 * other stages, the image's environment and command.
 */
export function inferStack(
  dockerfile: ParsedDockerfile | undefined,
  image: { env: string[]; entrypoint?: string[]; cmd?: string[] },
): Stack {
  const stages = dockerfile?.stages ?? [];
  const finalStack = stages.length ? stackOfBaseImage(stages[stages.length - 1].image) : undefined;
  if (finalStack) return finalStack;
  const program = programOf(image);
  if (FILE_SERVERS.includes(program)) return 'static';
  const anyStack = stages.map((stage) => stackOfBaseImage(stage.image)).find(Boolean);
  if (anyStack) return anyStack;
  const envNames = new Set(image.env.map((entry) => entry.split('=')[0]));
  const fromEnv = ENV_STACKS.find((entry) => envNames.has(entry.name))?.stack;
  if (fromEnv) return fromEnv;
  if (program === 'node') return 'node';
  if (/^python3?(\.\d+)?$/.test(program)) return 'python';
  return 'other';
}
