import type { Instruction } from './model.js';
import { execFormArray } from './words.js';

const HEREDOC_START = /^<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2[^\n]*\n/;

/**
 * The shell script a RUN (or shell-form CMD) executes. A `RUN <<EOF` heredoc runs its body;
 * an exec-form array is read as the words it names.
 */
export function runScript(instruction: Instruction): string {
  const args = instruction.args;
  const exec = execFormArray(args);
  if (exec) return exec.join(' ');
  const heredoc = HEREDOC_START.exec(args);
  if (!heredoc) return args;
  const body = args.slice(heredoc[0].length);
  const end = body.search(new RegExp(`^\\s*${heredoc[3]}\\s*$`, 'm'));
  return end < 0 ? body : body.slice(0, end);
}
