import { defineRule, eachRunCommand } from '../rule-kinds.js';
import { subcommandArgs } from './package-managers.js';

export const DL3037 = defineRule({
  code: 'DL3037',
  severity: 'warning',
  title: 'Specify version with `zypper install -y <package>=<version>`.',
  docs: {
    why: 'Unpinned packages change between builds.',
    howToFix: 'Name the version: `zypper install -y tomcat=9.0.39`.',
    references: [],
  },
  check: eachRunCommand((c) =>
    (subcommandArgs(c, ['zypper'], ['install', 'in']) ?? []).some(
      (p) => !/[=<>]/.test(p) && !p.endsWith('.rpm'),
    ),
  ),
});
