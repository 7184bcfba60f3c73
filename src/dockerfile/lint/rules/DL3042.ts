import { hasAnyFlag } from '../../shell/args.js';
import { cacheMountTargets, defineRule, eachRun } from '../rule-kinds.js';
import { variablesAt } from '../stage-chain.js';
import { insertAfterSubcommand } from '../text-edits.js';
import { pipInstallArgs } from './pip.js';

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && ['1', 'on', 'yes', 'true'].includes(value.toLowerCase());
}

export const DL3042 = defineRule({
  code: 'DL3042',
  severity: 'warning',
  title: 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`.',
  docs: {
    why: "pip's download cache is useless in an image and adds its size to the layer.",
    howToFix: 'Add `--no-cache-dir`, set `ENV PIP_NO_CACHE_DIR=1`, or use a cache mount on /root/.cache/pip.',
    references: [],
  },
  check: eachRun((shell, run, ctx) => {
    if (cacheMountTargets(run).includes('/root/.cache/pip')) return false;
    const fromEnv = variablesAt(ctx, run).get('PIP_NO_CACHE_DIR');
    const offending = shell.commands.filter((c) => {
      const args = pipInstallArgs(c);
      if (!args || hasAnyFlag(c, ['no-cache-dir'])) return false;
      const setting = c.assignments.PIP_NO_CACHE_DIR ?? shell.exported.PIP_NO_CACHE_DIR ?? fromEnv;
      return !isTruthy(setting);
    });
    if (offending.length === 0) return false;
    const edits = ['pip', 'pip3', 'pip2'].flatMap((program) =>
      insertAfterSubcommand(
        ctx.df,
        run,
        program,
        /(?<=\s)install(?=\s|$)/,
        '--no-cache-dir',
        (s) => !s.includes('--no-cache-dir'),
      ),
    );
    return {
      fix: edits.length > 0 ? { description: 'Add --no-cache-dir to pip install.', edits } : undefined,
    };
  }),
});
