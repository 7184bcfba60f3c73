import { defineRule, eachRunCommand } from '../rule-kinds.js';
import { insertAfterSubcommand } from '../text-edits.js';
import { APT_SUBCOMMAND_INSTALL, isAptGetInstall } from './apt.js';

const NO_RECOMMENDS = /--no-install-recommends|APT::Install-Recommends=false/;

export const DL3015 = defineRule({
  code: 'DL3015',
  severity: 'info',
  title: 'Avoid additional packages by specifying `--no-install-recommends`.',
  docs: {
    why: 'Recommended packages are rarely needed in a container and can double the image size and its attack surface.',
    howToFix: 'Add `--no-install-recommends` to `apt-get install`.',
    references: [],
  },
  check: eachRunCommand((c, run, ctx) => {
    if (!isAptGetInstall(c) || c.args.some((a) => NO_RECOMMENDS.test(a))) return false;
    const edits = insertAfterSubcommand(
      ctx.df,
      run,
      'apt-get',
      APT_SUBCOMMAND_INSTALL,
      '--no-install-recommends',
      (s) => !NO_RECOMMENDS.test(s),
    );
    return { fix: edits.length > 0 ? { description: 'Add --no-install-recommends.', edits } : undefined };
  }),
});
