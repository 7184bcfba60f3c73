import type { ComposeFinding } from './model.js';

/** `compose.yaml:12: error DC004: message`: how every tool, the CLI and every error prints a finding. */
export function formatComposeFinding(
  f: Pick<ComposeFinding, 'code' | 'severity' | 'message' | 'file' | 'line'>,
): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : '';
  return `${where}${f.severity} ${f.code}: ${f.message}`;
}
