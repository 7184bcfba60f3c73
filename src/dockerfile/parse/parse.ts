import { type Instruction as AstInstruction, DockerfileParser } from 'dockerfile-ast';
import type { Comment, Instruction, ParsedDockerfile, ParseProblem, Stage, TextRange } from './model.js';
import { parsePairs } from './pairs.js';

const KNOWN_KEYWORDS = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

interface AstWithFlags {
  getFlags?: () => { getName(): string; getValue(): string | null; getRange(): TextRange }[];
  getTriggerInstruction?: () => AstInstruction | null;
}

/** Instructions read through `args`, `pairs` or the shell parser; skipping their word split keeps long lines cheap. */
const WORDLESS = new Set(['RUN', 'ENV', 'LABEL', 'ARG']);

function textOf(lines: string[], range: TextRange): string {
  if (range.start.line === range.end.line) {
    return (lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
  }
  const parts = [(lines[range.start.line] ?? '').slice(range.start.character)];
  for (let l = range.start.line + 1; l < range.end.line; l++) parts.push(lines[l] ?? '');
  parts.push((lines[range.end.line] ?? '').slice(0, range.end.character));
  return parts.join('\n');
}

function convert(
  ast: AstInstruction,
  outer: AstInstruction,
  lines: string[],
  index: number,
  stage: number,
  escapeChar: string,
): Instruction {
  const extra = ast as unknown as AstWithFlags;
  const range = outer.getRange();
  const args = ast.getArgumentsContent() ?? '';
  const flags = (extra.getFlags?.() ?? []).map((f) => ({
    name: f.getName(),
    value: f.getValue(),
    range: f.getRange(),
  }));
  return {
    index,
    keyword: ast.getKeyword(),
    onbuild: ast !== outer,
    line: range.start.line + 1,
    endLine: range.end.line + 1,
    range,
    keywordRange: ast.getInstructionRange(),
    argsRange: ast.getArgumentsRange(),
    args,
    flags,
    words: WORDLESS.has(ast.getKeyword())
      ? []
      : ast
          .getArguments()
          .map((a) => ({ value: a.getValue(), raw: textOf(lines, a.getRange()), range: a.getRange() })),
    pairs: ['ENV', 'LABEL', 'ARG'].includes(ast.getKeyword())
      ? parsePairs(ast.getKeyword(), args, escapeChar)
      : [],
    stage,
  };
}

/** Comments outside instructions (a `#` line inside a continued RUN is dropped by the builder). */
function collectComments(lines: string[], instructions: Instruction[]): Comment[] {
  const inside = new Set<number>();
  for (const i of instructions) for (let l = i.line; l < i.endLine; l++) inside.add(l);
  const comments: Comment[] = [];
  lines.forEach((text, zeroBased) => {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('#') && !inside.has(zeroBased)) {
      comments.push({ line: zeroBased + 1, text: trimmed.slice(1).trim() });
    }
  });
  return comments;
}

let last: ParsedDockerfile | undefined;

/**
 * Parses Dockerfile text into instructions grouped by stage. Never throws on bad input:
 * what the builder would reject is reported in `problems` with a line number.
 * The last result is kept: lint, pragmas and ShellCheck each ask for the same text.
 */
export function parseDockerfile(text: string): ParsedDockerfile {
  if (last?.text === text) return last;
  last = parseFresh(text);
  return last;
}

function parseFresh(text: string): ParsedDockerfile {
  const lines = text.split(/\r?\n/);
  const ast = DockerfileParser.parse(text);
  const instructions: Instruction[] = [];
  const stages: Stage[] = [];
  const problems: ParseProblem[] = [];
  for (const outer of ast.getInstructions()) {
    const keyword = outer.getKeyword();
    let effective: AstInstruction = outer;
    if (keyword === 'ONBUILD') {
      const trigger = (outer as unknown as AstWithFlags).getTriggerInstruction?.();
      if (!trigger) {
        problems.push({
          line: outer.getRange().start.line + 1,
          message: 'ONBUILD needs an instruction to trigger.',
        });
        continue;
      }
      effective = trigger;
    } else if (!KNOWN_KEYWORDS.has(keyword)) {
      problems.push({
        line: outer.getRange().start.line + 1,
        message: `Unknown instruction "${outer.getInstruction()}".`,
      });
      continue;
    }
    const stageIndex = keyword === 'FROM' ? stages.length : stages.length - 1;
    const instruction = convert(
      effective,
      outer,
      lines,
      instructions.length,
      stageIndex,
      ast.getEscapeCharacter(),
    );
    instructions.push(instruction);
    if (keyword === 'FROM') {
      const words = instruction.words.map((w) => w.value);
      const asAt = words.findIndex((w) => w.toLowerCase() === 'as');
      stages.push({
        index: stageIndex,
        from: instruction,
        image: words[0] ?? '',
        alias: asAt >= 0 && words[asAt + 1] ? words[asAt + 1] : null,
        instructions: [instruction],
      });
    } else if (stageIndex >= 0) {
      stages[stageIndex].instructions.push(instruction);
    }
  }
  return {
    text,
    lines,
    instructions,
    stages,
    comments: collectComments(lines, instructions),
    escapeChar: ast.getEscapeCharacter(),
    problems,
  };
}
