import type { Finding } from './types.js';

/** Past this a file is not a Dockerfile anyone wrote by hand; refusing keeps lint time bounded. */
export const MAX_DOCKERFILE_BYTES = 1024 * 1024;

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

/** A finding that explains why the input cannot be linted at all, or undefined when it can. */
export function checkInput(text: string): Finding | undefined {
  if (text.length > MAX_DOCKERFILE_BYTES) {
    return inputFinding(
      `The input is ${text.length} characters long, over the ${MAX_DOCKERFILE_BYTES} limit for a Dockerfile; it was not linted.`,
    );
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    return inputFinding(
      `The input contains a NUL byte at offset ${nul}: it looks binary, not a Dockerfile; it was not linted.`,
    );
  }
  return undefined;
}
