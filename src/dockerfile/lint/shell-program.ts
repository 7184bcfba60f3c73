import type { Instruction, ParsedDockerfile } from '../parse/model.js';
import { execFormArray } from '../parse/words.js';
import { stageChainOf } from './stage-chain.js';

export const DEFAULT_SHELL = ['/bin/sh', '-c'];

/**
 * The shell a RUN runs with: the last SHELL before it in its stage or in the stages it is built
 * FROM (`FROM base` keeps the SHELL of stage `base`). An `ONBUILD SHELL` is a trigger for later
 * builds and changes nothing here.
 */
export function shellProgramAt(df: ParsedDockerfile, instruction: Instruction): string[] {
  const chain = instruction.stage < 0 ? [instruction.stage] : stageChainOf(df.stages, instruction.stage);
  let program = DEFAULT_SHELL;
  for (const i of df.instructions) {
    if (i.index >= instruction.index) break;
    if (i.keyword === 'SHELL' && !i.onbuild && chain.includes(i.stage))
      program = execFormArray(i.args) ?? program;
  }
  return program;
}
