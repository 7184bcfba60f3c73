import type { Instruction, ParsedDockerfile, TextPosition } from '../parse/model.js';
import type { TextEdit } from './types.js';

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function positionToOffset(text: string, position: TextPosition): number {
  const starts = lineStarts(text);
  return (starts[position.line] ?? text.length) + position.character;
}

export function offsetToPosition(text: string, offset: number): TextPosition {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
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
