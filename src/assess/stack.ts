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

const BASE_IMAGE_STACKS: { pattern: RegExp; stack: Stack }[] = [
  { pattern: /(^|\/)node(:|@|$)/, stack: 'node' },
  { pattern: /(^|\/)python(:|@|$)/, stack: 'python' },
  { pattern: /(^|\/)golang(:|@|$)/, stack: 'go' },
  { pattern: /^scratch$|distroless\/static/, stack: 'static' },
];

const ENV_STACKS: { name: string; stack: Stack }[] = [
  { name: 'NODE_VERSION', stack: 'node' },
  { name: 'PYTHON_VERSION', stack: 'python' },
  { name: 'GOLANG_VERSION', stack: 'go' },
];

function stackOfBaseImage(image: string): Stack | undefined {
  return BASE_IMAGE_STACKS.find((entry) => entry.pattern.test(image))?.stack;
}

/**
 * The stack an image belongs to: from the Dockerfile's stages (a Go build stage with a
 * scratch final stage is a static binary), else from the image's environment and command.
 */
export function inferStack(
  dockerfile: ParsedDockerfile | undefined,
  image: { env: string[]; entrypoint?: string[]; cmd?: string[] },
): Stack {
  const stages = dockerfile?.stages ?? [];
  const finalStack = stages.length ? stackOfBaseImage(stages[stages.length - 1].image) : undefined;
  if (finalStack) return finalStack;
  const anyStack = stages.map((stage) => stackOfBaseImage(stage.image)).find(Boolean);
  if (anyStack) return anyStack;
  const envNames = new Set(image.env.map((entry) => entry.split('=')[0]));
  const fromEnv = ENV_STACKS.find((entry) => envNames.has(entry.name))?.stack;
  if (fromEnv) return fromEnv;
  const program = [...(image.entrypoint ?? []), ...(image.cmd ?? [])][0]?.split('/').pop() ?? '';
  if (program === 'node') return 'node';
  if (/^python3?(\.\d+)?$/.test(program)) return 'python';
  return 'other';
}
