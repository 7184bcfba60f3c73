/** Stable error codes a model (or a CI script) can branch on. */
export type ErrorCode =
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'REFUSED'
  | 'PATH_OUTSIDE_WORKSPACE'
  | 'CONFIRMATION_REQUIRED'
  | 'DOCKER_UNAVAILABLE'
  | 'ENGINE_ERROR'
  | 'BUILD_FAILED'
  | 'TIMEOUT'
  | 'CANCELLED'
  | 'TOOL_UNAVAILABLE'
  /** The engine answering (e.g. Podman) lacks what the call needs; the message names it. */
  | 'UNSUPPORTED'
  | 'STORE_UNAVAILABLE'
  | 'PARSE_ERROR'
  | 'INTERNAL';

/**
 * An error the model can act on. The message names the thing and the reason;
 * the hint says what to do next. It reaches the client as a tool result with isError.
 */
export class ToolError extends Error {
  override readonly name = 'ToolError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }

  toText(): string {
    return this.hint ? `${this.message}\nNext: ${this.hint}` : this.message;
  }
}

export function isToolError(error: unknown): error is ToolError {
  return error instanceof ToolError;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
