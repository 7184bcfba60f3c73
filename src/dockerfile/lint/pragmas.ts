import type { ParsedDockerfile } from '../parse/model.js';

export interface Pragmas {
  global: Set<string>;
  /** Codes ignored on one instruction, keyed by its one-based first line. */
  byLine: Map<number, Set<string>>;
  /** Codes ignored for a whole stage, keyed by stage index. */
  byStage: Map<number, Set<string>>;
  /** `# hadolint shell=powershell` and the like. */
  shell?: string;
}

const PRAGMA = /^hadolint\s+(global\s+|stage\s+)?ignore\s*=\s*([A-Za-z0-9, ]+)/;
const SHELL_PRAGMA = /^hadolint\s+shell\s*=\s*(\S+)/;

function codes(list: string): string[] {
  return list
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
}

function addAll(map: Map<number, Set<string>>, key: number, values: string[]): void {
  const set = map.get(key) ?? new Set<string>();
  for (const v of values) set.add(v);
  map.set(key, set);
}

/** Reads `# hadolint ignore=`, `# hadolint global ignore=` and `# hadolint stage ignore=` comments. */
export function readPragmas(df: ParsedDockerfile): Pragmas {
  const pragmas: Pragmas = { global: new Set(), byLine: new Map(), byStage: new Map() };
  for (const comment of df.comments) {
    const shell = SHELL_PRAGMA.exec(comment.text);
    if (shell) pragmas.shell = shell[1];
    const match = PRAGMA.exec(comment.text);
    if (!match) continue;
    const list = codes(match[2]);
    // hadolint drops a pragma whose list holds anything but rule codes; so do we.
    if (!list.every((c) => /^[A-Z]{2}\d{4}$/.test(c))) continue;
    const next = df.instructions.find((i) => i.line > comment.line);
    if (match[1]?.trim() === 'global') for (const c of list) pragmas.global.add(c);
    else if (match[1]?.trim() === 'stage') addAll(pragmas.byStage, next ? next.stage : -1, list);
    else if (next) addAll(pragmas.byLine, next.line, list);
  }
  return pragmas;
}

export function isIgnoredByPragma(pragmas: Pragmas, code: string, line: number, stage: number): boolean {
  return (
    pragmas.global.has(code) ||
    Boolean(pragmas.byLine.get(line)?.has(code)) ||
    Boolean(pragmas.byStage.get(stage)?.has(code))
  );
}
