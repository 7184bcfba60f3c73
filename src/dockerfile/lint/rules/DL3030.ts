import { defineRule, eachRunCommand } from '../rule-kinds.js';
import { hasYesFlag, subcommandArgs } from './package-managers.js';

export const DL3030 = defineRule({
  code: 'DL3030',
  severity: 'warning',
  title: 'Use the -y switch to avoid manual input: `yum install -y <package>`.',
  docs: {
    why: 'yum waits for a confirmation nobody can give in a build.',
    howToFix: 'Add `-y`: `yum install -y httpd`.',
    references: [],
  },
  check: eachRunCommand(
    (c) =>
      subcommandArgs(c, ['yum'], ['install', 'groupinstall', 'localinstall', 'module']) !== undefined &&
      !hasYesFlag(c),
  ),
});
