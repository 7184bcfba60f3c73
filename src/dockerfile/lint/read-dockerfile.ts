import { ToolError } from '../../errors.js';
import { MAX_DOCKERFILE_BYTES } from './input-limits.js';

/** Reads a Dockerfile from disk, refusing missing, oversized and binary files with a clear error. */
export async function readDockerfile(file: string): Promise<string> {
  const { readFile, stat } = await import('node:fs/promises');
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      throw new ToolError(
        'INVALID_ARGUMENT',
        `"${file}" is a directory, not a Dockerfile.`,
        `Pass ${file}/Dockerfile.`,
      );
    }
    size = info.size;
  } catch (error) {
    if (error instanceof ToolError) throw error;
    throw new ToolError('NOT_FOUND', `Dockerfile "${file}" was not found.`, 'Check the path.');
  }
  if (size > MAX_DOCKERFILE_BYTES) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `"${file}" is ${size} bytes, over the ${MAX_DOCKERFILE_BYTES}-byte limit for a Dockerfile.`,
      'Pass the Dockerfile itself, not a build artefact.',
    );
  }
  const buffer = await readFile(file);
  if (buffer.includes(0)) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `"${file}" contains NUL bytes: it is binary, not a Dockerfile.`,
      'Pass a text Dockerfile.',
    );
  }
  return buffer.toString('utf8');
}
