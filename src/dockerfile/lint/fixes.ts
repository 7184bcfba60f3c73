import { defaultLintConfig } from './config.js';
import { type LintOptions, lintDockerfile } from './engine.js';
import { runOffThread } from './off-thread.js';
import { positionToOffset } from './text-edits.js';
import type { Finding, LintConfig, TextEdit } from './types.js';

/** Applies non-overlapping edits (later ones that overlap an earlier one are skipped). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const spans = edits
    .map((e) => ({
      start: positionToOffset(text, e.range.start),
      end: positionToOffset(text, e.range.end),
      text: e.newText,
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    out += text.slice(cursor, span.start) + span.text;
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

export interface FixResult {
  text: string;
  /** Codes, lines and fix descriptions of the findings that were fixed. */
  fixed: { code: string; line: number; description: string }[];
  /** Findings that remain after fixing. */
  remaining: Finding[];
}

/**
 * Applies every available fix, re-linting between passes because one fix can move another's
 * text; stops when nothing fixable is left (at most five passes).
 */
export function fixDockerfile(text: string, options: LintOptions = {}): FixResult {
  const config = options.config ?? defaultLintConfig();
  let current = text;
  const fixed: FixResult['fixed'] = [];
  let findings = lintDockerfile(current, { ...options, config });
  for (let pass = 0; pass < 5; pass++) {
    const fixable = findings.filter((f) => f.fix);
    if (fixable.length === 0) break;
    const next = applyEdits(
      current,
      fixable.flatMap((f) => f.fix?.edits ?? []),
    );
    if (next === current) break;
    fixed.push(
      ...fixable.map((f) => ({ code: f.code, line: f.line, description: f.fix?.description ?? '' })),
    );
    current = next;
    findings = lintDockerfile(current, { ...options, config });
  }
  return { text: current, fixed, remaining: findings };
}

/** `fixDockerfile`, on a worker thread for large files (see off-thread.ts). */
export async function fixDockerfileText(
  text: string,
  options: { config: LintConfig; signal?: AbortSignal },
): Promise<FixResult> {
  return (
    (await runOffThread<FixResult>({ kind: 'fix', text, config: options.config }, options.signal)) ??
    fixDockerfile(text, options)
  );
}
