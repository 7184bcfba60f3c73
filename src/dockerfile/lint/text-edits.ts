import type { Instruction, ParsedDockerfile, TextPosition } from '../parse/model.js';
import type { TextEdit } from './types.js';

let cached: { text: string; starts: number[] } | undefined;

/** Offsets where each line starts; kept for the last text, since rules ask about one file many times. */
function lineStarts(text: string): number[] {
  if (cached?.text === text) return cached.starts;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  cached = { text, starts };
  return starts;
}

export function positionToOffset(text: string, position: TextPosition): number {
  const starts = lineStarts(text);
  return (starts[position.line] ?? text.length) + position.character;
}

export function offsetToPosition(text: string, offset: number): TextPosition {
  const starts = lineStarts(text);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low, character: offset - starts[low] };
}

/** The instruction's source text exactly as written, with its start offset. */
export function instructionSource(
  df: ParsedDockerfile,
  instruction: Instruction,
): { text: string; offset: number } {
  const start = positionToOffset(df.text, instruction.range.start);
  const end = positionToOffset(df.text, instruction.range.end);
  return { text: df.text.slice(start, end), offset: start };
}

export function insertAt(df: ParsedDockerfile, offset: number, newText: string): TextEdit {
  const position = offsetToPosition(df.text, offset);
  return { range: { start: position, end: position }, newText };
}

export function replaceSpan(df: ParsedDockerfile, start: number, end: number, newText: string): TextEdit {
  return { range: { start: offsetToPosition(df.text, start), end: offsetToPosition(df.text, end) }, newText };
}

const SEGMENT_END = /&&|\|\||;|\||(?<!\\)\r?\n/g;

export interface CommandSegment {
  /** Absolute offset of the segment start in the Dockerfile. */
  offset: number;
  text: string;
}

/** Stretches of the instruction's source text that start with `program` and end at the next `&&`, `;`, `|` or line end. */
export function commandSegments(
  df: ParsedDockerfile,
  instruction: Instruction,
  program: string,
): CommandSegment[] {
  const source = instructionSource(df, instruction);
  const segments: CommandSegment[] = [];
  const start = new RegExp(`(?<=^|[\\s;&|(])${program.replace(/[.+]/g, '\\$&')}(?=[\\s\\\\])`, 'g');
  for (const match of source.text.matchAll(start)) {
    const from = match.index ?? 0;
    SEGMENT_END.lastIndex = from;
    const end = SEGMENT_END.exec(source.text);
    const to = end ? end.index : source.text.length;
    segments.push({ offset: source.offset + from, text: source.text.slice(from, to) });
  }
  return segments;
}

/** Inserts `flag` right after the `subcommand` word of each segment that `needsFix` accepts. */
export function insertAfterSubcommand(
  df: ParsedDockerfile,
  instruction: Instruction,
  program: string,
  subcommand: RegExp,
  flag: string,
  needsFix: (segmentText: string) => boolean,
): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const segment of commandSegments(df, instruction, program)) {
    if (!needsFix(segment.text)) continue;
    const match = subcommand.exec(segment.text);
    if (!match) continue;
    edits.push(insertAt(df, segment.offset + (match.index ?? 0) + match[0].length, ` ${flag}`));
  }
  return edits;
}
