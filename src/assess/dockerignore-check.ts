import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { IgnoreMatcher, parseDockerignore } from '../build/dockerignore.js';

/** What a build context must not send: each kind as a sample path and the name it is reported by. */
export const DOCKERIGNORE_PROBES: { sample: string; label: string }[] = [
  { sample: '.env', label: '.env' },
  { sample: 'server.pem', label: '*.pem' },
  { sample: 'id_rsa', label: 'id_rsa' },
  { sample: '.git', label: '.git' },
];

export interface DockerignoreCheck {
  present: boolean;
  /** Labels of the probes the file does not exclude. */
  notExcluded: string[];
}

/** Reads CONTEXT/.dockerignore and checks that it excludes secrets and version-control data. */
export async function checkDockerignore(contextDir: string): Promise<DockerignoreCheck> {
  let text: string;
  try {
    text = await readFile(path.join(contextDir, '.dockerignore'), 'utf8');
  } catch {
    return { present: false, notExcluded: DOCKERIGNORE_PROBES.map((probe) => probe.label) };
  }
  const matcher = new IgnoreMatcher(parseDockerignore(text));
  return {
    present: true,
    notExcluded: DOCKERIGNORE_PROBES.filter((probe) => !matcher.isExcluded(probe.sample)).map(
      (probe) => probe.label,
    ),
  };
}
