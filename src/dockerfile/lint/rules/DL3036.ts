import { cacheMountTargets, defineRule, eachRun } from '../rule-kinds.js';
import { ZYPPER_INSTALLS } from './DL3034.js';
import { installWithoutLaterClean, subcommandArgs } from './package-managers.js';

export const DL3036 = defineRule({
  code: 'DL3036',
  severity: 'warning',
  title: '`zypper clean` missing after zypper use.',
  docs: {
    why: 'zypper leaves its cache in the layer.',
    howToFix: 'End the RUN with `&& zypper clean`.',
    references: [],
  },
  check: eachRun((shell, run) => {
    if (cacheMountTargets(run).includes('/var/cache/zypp')) return false;
    return installWithoutLaterClean(
      shell,
      (c) => subcommandArgs(c, ['zypper'], ZYPPER_INSTALLS) !== undefined,
      (c) => subcommandArgs(c, ['zypper'], ['clean', 'cc']) !== undefined,
    );
  }),
});
