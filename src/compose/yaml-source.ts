import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type ScalarTag,
} from 'yaml';
import { ToolError } from '../errors.js';
import { refuseAliasAmplification } from './yaml-limits.js';

/** A compose file that cannot be read, parsed or interpolated, with where the problem is. */
export class ComposeFileError extends ToolError {
  constructor(
    message: string,
    hint: string,
    readonly location: SourceLocation & { path?: string },
  ) {
    super('PARSE_ERROR', message, hint);
  }
}

/** Where a value came from: file and 1-based line. */
export interface SourceLocation {
  file: string;
  line: number;
}

/** Maps a dotted path (`services.web.ports[0]`) to where it was written. */
export type SourceMap = Map<string, SourceLocation>;

export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  const safe = /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
  return parent ? `${parent}.${safe}` : safe;
}

/** The location of `path`, or of its nearest ancestor that has one. */
export function locate(map: SourceMap, path: string): SourceLocation | undefined {
  let current = path;
  for (;;) {
    const found = map.get(current);
    if (found) return found;
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    if (cut <= 0) return map.get('');
    current = current.slice(0, cut);
  }
}

function record(
  node: Node | null | undefined,
  path: string,
  file: string,
  lines: LineCounter,
  map: SourceMap,
) {
  if (!node) return;
  if (node.range) map.set(path, { file, line: lines.linePos(node.range[0]).line });
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const path2 = childPath(path, key);
      if (keyNode?.range) map.set(path2, { file, line: lines.linePos(keyNode.range[0]).line });
      record(pair.value as Node | null, path2, file, lines, map);
      if (keyNode?.range) map.set(path2, { file, line: lines.linePos(keyNode.range[0]).line });
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries())
      record(item as Node, childPath(path, index), file, lines, map);
  }
}

/**
 * `0440` is octal to both Compose CLIs (YAML 1.1 in v1, Go's base-0 integers in v2), as in
 * a secret's `mode: 0440`; YAML 1.2 would read 440.
 */
const legacyOctal: ScalarTag = {
  identify: (value) => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:int',
  format: 'OCT',
  test: /^0[0-7]+$/,
  resolve: (text) => Number.parseInt(text, 8),
};

/** Parses one YAML file into plain data plus a map from each path to its line. */
export function parseYamlWithLines(text: string, file: string): { data: unknown; sourceMap: SourceMap } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    merge: true,
    uniqueKeys: true,
    prettyErrors: false,
    customTags: (tags) => [legacyOctal, ...tags],
  });
  const problem = doc.errors[0];
  if (problem) {
    const line = problem.linePos?.[0].line ?? lineCounter.linePos(problem.pos[0]).line;
    throw new ComposeFileError(
      `${file}:${line}: not valid YAML: ${problem.message.split('\n')[0]}`,
      'Fix the YAML syntax at that line (indentation, quotes, a missing colon).',
      { file, line },
    );
  }
  refuseAliasAmplification(doc, file);
  const sourceMap: SourceMap = new Map();
  sourceMap.set('', { file, line: 1 });
  record(doc.contents as Node | null, '', file, lineCounter, sourceMap);
  try {
    return { data: doc.toJS({ maxAliasCount: -1 }), sourceMap };
  } catch (error) {
    // The YAML library refuses some well-formed documents only while converting them (a merge
    // key `<<` whose value is not a mapping); that is the file's problem, not ours.
    const line = firstBadMergeLine(doc.contents as Node | null, lineCounter) ?? 1;
    throw new ComposeFileError(
      `${file}:${line}: not valid YAML: ${(error as Error).message}`,
      'A merge key (<<) takes a mapping or an alias of one (<<: *defaults).',
      { file, line },
    );
  }
}

function firstBadMergeLine(node: Node | null, lines: LineCounter): number | undefined {
  if (isSeq(node)) {
    for (const item of node.items) {
      const found = firstBadMergeLine(item as Node, lines);
      if (found) return found;
    }
  }
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    const merges = isScalar(key) && key.source === '<<';
    const sources = isSeq(value) ? value.items : [value];
    if (merges && sources.some((source) => !isMap(source) && !isAlias(source)) && key.range)
      return lines.linePos(key.range[0]).line;
    const found = firstBadMergeLine(value, lines);
    if (found) return found;
  }
  return undefined;
}
