/** Zero-based position, as editors and the Language Server Protocol count. */
export interface TextPosition {
  line: number;
  character: number;
}

export interface TextRange {
  start: TextPosition;
  end: TextPosition;
}

export interface InstructionFlag {
  name: string;
  value: string | null;
  range: TextRange;
}

export interface InstructionWord {
  value: string;
  /** The word exactly as written (escape characters kept, so Windows paths survive). */
  raw: string;
  range: TextRange;
}

export interface KeyValue {
  key: string;
  value: string;
  /** The value exactly as written, quotes included. */
  rawValue: string;
}

/**
 * One Dockerfile instruction. An ONBUILD trigger appears as its inner instruction
 * (keyword `RUN` for `ONBUILD RUN ...`) with `onbuild` set, so that every rule sees it.
 */
export interface Instruction {
  index: number;
  keyword: string;
  onbuild: boolean;
  /** One-based first and last line, as findings report them. */
  line: number;
  endLine: number;
  range: TextRange;
  keywordRange: TextRange;
  argsRange: TextRange | null;
  /** Arguments after the flags, line continuations joined and comments dropped. */
  args: string;
  flags: InstructionFlag[];
  /** Arguments split into words; empty for RUN, ENV, LABEL and ARG, which rules read through `args` or `pairs`. */
  words: InstructionWord[];
  /** ENV, LABEL and ARG pairs. */
  pairs: KeyValue[];
  /** Index of the stage this instruction belongs to; -1 before the first FROM. */
  stage: number;
}

export interface Stage {
  index: number;
  from: Instruction;
  image: string;
  alias: string | null;
  instructions: Instruction[];
}

export interface Comment {
  line: number;
  text: string;
}

export interface ParseProblem {
  line: number;
  message: string;
}

export interface ParsedDockerfile {
  text: string;
  lines: string[];
  instructions: Instruction[];
  stages: Stage[];
  comments: Comment[];
  escapeChar: string;
  problems: ParseProblem[];
}
