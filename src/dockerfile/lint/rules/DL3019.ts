import { hasAnyFlag } from '../../shell/args.js';
import { cacheMountTargets, defineRule, eachRunCommand } from '../rule-kinds.js';
import { insertAfterSubcommand } from '../text-edits.js';
import { apkAddPackages } from './DL3018.js';

export const DL3019 = defineRule({
  code: 'DL3019',
  severity: 'info',
  title:
    'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages.',
  docs: {
    why: 'apk keeps its index in /var/cache/apk, which then ships in the layer.',
    howToFix: 'Use `apk add --no-cache <package>`, or a cache mount on /var/cache/apk.',
    references: [],
  },
  check: eachRunCommand((c, run, ctx) => {
    if (!apkAddPackages(c) || hasAnyFlag(c, ['no-cache'])) return false;
    if (cacheMountTargets(run).includes('/var/cache/apk')) return false;
    const edits = insertAfterSubcommand(
      ctx.df,
      run,
      'apk',
      /(?<=\s)add(?=\s|$)/,
      '--no-cache',
      (s) => !s.includes('--no-cache'),
    );
    return { fix: edits.length > 0 ? { description: 'Add --no-cache to apk add.', edits } : undefined };
  }),
});
