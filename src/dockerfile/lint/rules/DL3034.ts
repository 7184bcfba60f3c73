import { hasAnyFlag } from '../../shell/args.js';
import { defineRule, eachRunCommand } from '../rule-kinds.js';
import { subcommandArgs } from './package-managers.js';

export const ZYPPER_INSTALLS = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'];

export const DL3034 = defineRule({
  code: 'DL3034',
  severity: 'warning',
  title: 'Non-interactive switch missing from zypper command: `zypper install -y`.',
  docs: {
    why: 'zypper waits for a confirmation nobody can give in a build.',
    howToFix: 'Add `-n` (global) or `-y` to the install.',
    references: [],
  },
  check: eachRunCommand(
    (c) =>
      subcommandArgs(c, ['zypper'], ZYPPER_INSTALLS) !== undefined &&
      !hasAnyFlag(c, ['n', 'non-interactive', 'y', 'no-confirm']),
  ),
});
