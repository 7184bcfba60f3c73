import { createHash } from 'node:crypto';

const HEREDOC_START = /<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/g;

interface LogicalLine {
  text: string;
  /** Heredoc body lines are content, not instructions: kept exactly as written. */
  verbatim: boolean;
}

function logicalLines(dockerfile: string): LogicalLine[] {
  const lines = dockerfile.replace(/\r\n?/g, '\n').split('\n');
  const result: LogicalLine[] = [];
  let pending = '';
  for (let index = 0; index < lines.length; index++) {
    const trimmed = lines[index].trim();
    if (trimmed.startsWith('#') || trimmed === '') continue;
    if (trimmed.endsWith('\\')) {
      pending += `${trimmed.slice(0, -1)} `;
      continue;
    }
    const instruction = pending + trimmed;
    pending = '';
    result.push({ text: instruction, verbatim: false });
    for (const match of instruction.matchAll(HEREDOC_START)) {
      while (index + 1 < lines.length) {
        index++;
        result.push({ text: lines[index], verbatim: true });
        if (lines[index].trim() === match[1]) break;
      }
    }
  }
  if (pending) result.push({ text: pending, verbatim: false });
  return result;
}

function normaliseInstruction(line: string): string {
  const collapsed = line.replace(/\s+/g, ' ').trim();
  const keyword = /^[A-Za-z]+/.exec(collapsed)?.[0] ?? '';
  return keyword.toUpperCase() + collapsed.slice(keyword.length);
}

/**
 * A canonical form of a Dockerfile for de-duplication: comments and blank lines dropped,
 * continuations joined, whitespace collapsed, instruction keywords upper-cased.
 */
export function normaliseDockerfile(dockerfile: string): string {
  return logicalLines(dockerfile)
    .map((line) => (line.verbatim ? line.text : normaliseInstruction(line.text)))
    .join('\n');
}

export function dockerfileHash(dockerfile: string): string {
  return createHash('sha256').update(normaliseDockerfile(dockerfile)).digest('hex');
}
