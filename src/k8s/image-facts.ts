import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Healthcheck } from '../compose/model.js';
import { parseDockerfile } from '../dockerfile/parse/parse.js';
import { execFormArray } from '../dockerfile/parse/words.js';
import type { ImageDetails } from '../engine/types.js';

/** What Kubernetes needs from an image that Compose leaves to the image: its user and healthcheck. */
export interface ImageFacts {
  /** USER as written (`1000:1000`, `node`); undefined means root. */
  user?: string;
  /** The image's HEALTHCHECK in Compose's terms. */
  healthcheck?: Healthcheck;
  /** Where the facts came from, for the notes. */
  source: string;
}

const seconds = (ms: number | undefined) => (ms ? `${Math.round(ms / 1000)}s` : undefined);

/** Facts from a local image's configuration. */
export function factsFromImage(image: string, details: ImageDetails): ImageFacts {
  const check = details.config.healthcheck;
  return {
    user: details.config.user || undefined,
    healthcheck:
      check && check.test[0] !== 'NONE'
        ? {
            test: check.test,
            interval: seconds(check.intervalMs),
            timeout: seconds(check.timeoutMs),
            retries: check.retries,
            start_period: seconds(check.startPeriodMs),
          }
        : undefined,
    source: `image ${image}`,
  };
}

/** Facts from the final stage of the Dockerfile a Compose service builds. */
export async function factsFromDockerfile(file: string): Promise<ImageFacts | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  const parsed = parseDockerfile(text);
  const final = parsed.stages.at(-1);
  if (!final) return undefined;
  const facts: ImageFacts = { source: path.basename(file) };
  for (const instruction of final.instructions) {
    if (instruction.keyword === 'USER') facts.user = instruction.args.trim();
    if (instruction.keyword === 'HEALTHCHECK') facts.healthcheck = healthcheckOf(instruction);
  }
  return facts;
}

function healthcheckOf(instruction: {
  args: string;
  flags: { name: string; value: string | null }[];
}): Healthcheck | undefined {
  const args = instruction.args.trim();
  if (/^NONE$/i.test(args)) return undefined;
  const command = args.replace(/^CMD\s+/i, '');
  const exec = execFormArray(command);
  const flag = (name: string) => instruction.flags.find((f) => f.name === name)?.value ?? undefined;
  return {
    test: exec ? ['CMD', ...exec] : ['CMD-SHELL', command],
    interval: flag('interval'),
    timeout: flag('timeout'),
    retries: flag('retries') === undefined ? undefined : Number(flag('retries')),
    start_period: flag('start-period'),
  };
}
