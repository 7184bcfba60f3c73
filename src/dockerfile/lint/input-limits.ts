import type { Finding } from './types.js';

/** Past this a file is not a Dockerfile anyone wrote by hand; refusing keeps lint time bounded. */
export const MAX_DOCKERFILE_BYTES = 1024 * 1024;

/**
 * RUN scripts longer than this are not shell-parsed (rule DW1000 says so): parsing cost grows
 * with length, and the linter promises a bounded time per file. Real RUN scripts are far shorter.
 */
export const MAX_SHELL_SCRIPT_CHARS = 8 * 1024;

function inputFinding(message: string): Finding {
  return {
    code: 'DL1000',
    severity: 'error',
    message,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    fixable: false,
  };
}

/** dockerfile-ast's cost grows faster than linearly with line length; past this a line is refused. */
export const MAX_LINE_CHARS = 16 * 1024;

/**
 * Lint time is linear, about 0.2 ms of CPU per line (mostly the shell parse of each RUN):
 * this bound keeps one file under about a second. Hand-written Dockerfiles have hundreds of lines.
 */
export const MAX_DOCKERFILE_LINES = 5_000;

/** A finding that explains why the input cannot be linted at all, or undefined when it can. */
export function checkInput(text: string): Finding | undefined {
  if (text.length > MAX_DOCKERFILE_BYTES) {
    return inputFinding(
      `The input is ${text.length} characters long, over the ${MAX_DOCKERFILE_BYTES} limit for a Dockerfile; it was not linted.`,
    );
  }
  let lineStart = 0;
  for (let line = 1; lineStart <= text.length; line++) {
    const end = text.indexOf('\n', lineStart);
    const stop = end < 0 ? text.length : end;
    if (stop - lineStart > MAX_LINE_CHARS) {
      return inputFinding(
        `Line ${line} is ${stop - lineStart} characters long, over the ${MAX_LINE_CHARS} limit; the file was not linted.`,
      );
    }
    if (end < 0) break;
    lineStart = end + 1;
    if (line >= MAX_DOCKERFILE_LINES && lineStart < text.length) {
      return inputFinding(
        `The input has more than ${MAX_DOCKERFILE_LINES} lines, over the limit for a Dockerfile; it was not linted. Split it, or lint the part that changed.`,
      );
    }
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    return inputFinding(
      `The input contains a NUL byte at offset ${nul}: it looks binary, not a Dockerfile; it was not linted.`,
    );
  }
  return undefined;
}
