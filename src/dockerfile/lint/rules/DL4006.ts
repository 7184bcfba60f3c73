import { defineRule, eachRun } from '../rule-kinds.js';

const NON_POSIX = /(^|[\\/])(pwsh|powershell|cmd)(\.exe)?$/i;
const PIPEFAIL_SHELLS = /(^|\/)(bash|zsh|ash|ksh|mksh)$/;

function setsPipefail(program: string[]): boolean {
  for (let k = 1; k < program.length; k++) {
    if (program[k] === 'pipefail' && /^-[a-z]*o$/.test(program[k - 1])) return true;
  }
  return false;
}

export const DL4006 = defineRule({
  code: 'DL4006',
  severity: 'warning',
  title: 'Set the SHELL option -o pipefail before RUN with a pipe in it.',
  docs: {
    why: 'Without pipefail, `curl ... | tar x` succeeds when curl fails, so a broken download produces a broken image silently.',
    howToFix: 'Add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUN.',
    references: [],
  },
  check: eachRun((shell, run, ctx) => {
    if (!shell.hasPipe) return false;
    const program = ctx.shellProgramAt(run);
    if (NON_POSIX.test(program[0] ?? '')) return false;
    return !(PIPEFAIL_SHELLS.test(program[0] ?? '') && setsPipefail(program));
  }),
});
