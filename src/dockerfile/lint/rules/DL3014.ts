import { defineRule, eachRunCommand } from '../rule-kinds.js';
import { insertAfterSubcommand } from '../text-edits.js';
import { APT_SUBCOMMAND_INSTALL, hasAptYes, isAptGetInstall } from './apt.js';

const YES = /\s(-[a-zA-Z]*y[a-zA-Z]*|--yes|--assume-yes|-qq|-q=2)(?=\s|$)/;

export const DL3014 = defineRule({
  code: 'DL3014',
  severity: 'warning',
  title: 'Use the `-y` switch to avoid manual input: `apt-get -y install <package>`.',
  docs: {
    why: 'Without -y, apt-get asks for confirmation; in a build nobody answers and the install aborts.',
    howToFix: 'Add `-y`: `apt-get install -y curl`.',
    references: [],
  },
  check: eachRunCommand((c, run, ctx) => {
    if (!isAptGetInstall(c) || hasAptYes(c)) return false;
    const edits = insertAfterSubcommand(
      ctx.df,
      run,
      'apt-get',
      APT_SUBCOMMAND_INSTALL,
      '-y',
      (s) => !YES.test(s),
    );
    return { fix: edits.length > 0 ? { description: 'Add -y to apt-get install.', edits } : undefined };
  }),
});
