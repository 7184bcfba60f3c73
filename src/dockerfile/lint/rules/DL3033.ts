import { defineRule, eachRunCommand } from '../rule-kinds.js';
import { substituteVariables, variablesAt } from '../stage-chain.js';
import { unpinnedRpmPackages } from './package-managers.js';

export const DL3033 = defineRule({
  code: 'DL3033',
  severity: 'warning',
  title: 'Specify version with `yum install -y <package>-<version>`.',
  docs: {
    why: 'Unpinned packages change between builds.',
    howToFix: 'Name the version: `yum install -y httpd-2.4.57`.',
    references: [],
  },
  check: eachRunCommand((c, run, ctx) => {
    const vars = variablesAt(ctx, run);
    return unpinnedRpmPackages(c, ['yum'], (p) => substituteVariables(p, vars)).length > 0;
  }),
});
