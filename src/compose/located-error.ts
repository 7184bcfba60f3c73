import { ToolError } from '../errors.js';
import { locate, type SourceMap } from './yaml-source.js';

/** Runs `read`; a ToolError it throws (a file outside the workspace) gains the key, file and line that named the file. */
export function atKey<T>(sourceMap: SourceMap | undefined, at: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ToolError)) throw error;
    const where = sourceMap && locate(sourceMap, at);
    throw new ToolError(
      error.code,
      `${where?.file ?? '?'}:${where?.line ?? '?'} ${at}: ${error.message}`,
      error.hint,
    );
  }
}
