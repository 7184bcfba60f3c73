import { defineRule, eachRunCommand } from '../rule-kinds.js';
import { subcommandArgs } from './package-managers.js';

export const DL3035 = defineRule({
  code: 'DL3035',
  severity: 'warning',
  title: 'Do not use `zypper dist-upgrade`.',
  docs: {
    why: 'A distribution upgrade inside a build changes the base image unpredictably; rebuild on a newer base image instead.',
    howToFix: 'Use a newer base image tag.',
    references: [],
  },
  check: eachRunCommand((c) => subcommandArgs(c, ['zypper'], ['dist-upgrade', 'dup']) !== undefined),
});
