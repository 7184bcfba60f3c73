import { defineRule, eachRunCommand } from '../rule-kinds.js';
import { substituteVariables, variablesAt } from '../stage-chain.js';
import { unpinnedRpmPackages } from './package-managers.js';

export const DL3041 = defineRule({
  code: 'DL3041',
  severity: 'warning',
  title: 'Specify version with `dnf install -y <package>-<version>`.',
  docs: {
    why: 'Unpinned packages change between builds.',
    howToFix: 'Name the version: `dnf install -y tomcat-9.0.1`.',
    references: [],
  },
  check: eachRunCommand((c, run, ctx) => {
    const vars = variablesAt(ctx, run);
    return unpinnedRpmPackages(c, ['dnf', 'microdnf'], (p) => substituteVariables(p, vars)).length > 0;
  }),
});
