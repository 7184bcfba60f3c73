import { ToolError } from '../errors.js';
import { dockerfileHash } from './normalise.js';
import { maskDockerfileSecrets, maskKeyValueSecrets, refusePrivateKeys } from './secrets.js';
import type { PatternFiles, StackInfo } from './types.js';

/** What the store writes for a pattern's content: secrets masked, stack and tags normalised. */
export interface CleanContent extends PatternFiles, StackInfo {
  title: string;
  tags: string[];
  notes?: string;
  hash: string;
}

export interface ContentInput extends PatternFiles, StackInfo {
  title: string;
  tags?: string[];
  notes?: string;
}

export function normaliseTag(tag: string): string {
  return tag
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9+#._-]+/g, '-');
}

function lower(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed.toLowerCase() : undefined;
}

/**
 * Security: every text is masked before it reaches the database, and the hash is taken
 * of the masked Dockerfile, so neither a value nor a digest of one is ever stored.
 */
export function sanitiseContent(input: ContentInput): CleanContent {
  refusePrivateKeys({
    Dockerfile: input.dockerfile,
    '.dockerignore': input.dockerignore,
    'compose file': input.compose,
    notes: input.notes,
    title: input.title,
  });
  if (!/^\s*FROM\s/im.test(input.dockerfile)) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      'The Dockerfile has no FROM instruction, so it is not a pattern worth storing.',
      'Pass the full Dockerfile text, starting from its FROM line.',
    );
  }
  const dockerfile = maskDockerfileSecrets(input.dockerfile);
  return {
    title: maskKeyValueSecrets(input.title.trim()),
    language: lower(input.language),
    framework: lower(input.framework),
    packageManager: lower(input.packageManager),
    baseImage: input.baseImage?.trim() || undefined,
    tags: [...new Set((input.tags ?? []).map(normaliseTag).filter(Boolean))].sort(),
    dockerfile,
    dockerignore: input.dockerignore,
    compose: input.compose === undefined ? undefined : maskKeyValueSecrets(input.compose),
    notes: input.notes === undefined ? undefined : maskKeyValueSecrets(input.notes),
    hash: dockerfileHash(dockerfile),
  };
}

const FROM_LINE = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/gim;

/** The base image of the final stage, the one users run, following stage names back to an image. */
export function finalBaseImage(dockerfile: string): string | undefined {
  const stageImages = new Map<string, string>();
  let last: string | undefined;
  for (const match of dockerfile.matchAll(FROM_LINE)) {
    const image = stageImages.get(match[1].toLowerCase()) ?? match[1];
    if (match[2]) stageImages.set(match[2].toLowerCase(), image);
    last = image;
  }
  return last;
}

/** Every image the Dockerfile builds FROM, in order, leaving out its own stages. */
export function baseImagesOf(dockerfile: string): string[] {
  const stages = new Set<string>();
  const images: string[] = [];
  for (const match of dockerfile.matchAll(FROM_LINE)) {
    if (!stages.has(match[1].toLowerCase()) && !images.includes(match[1])) images.push(match[1]);
    if (match[2]) stages.add(match[2].toLowerCase());
  }
  return images;
}
