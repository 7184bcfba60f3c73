import { argsWithoutFlags } from '../../shell/args.js';
import { defineRule, eachRunCommand } from '../rule-kinds.js';

export const DW1014 = defineRule({
  code: 'DW1014',
  severity: 'warning',
  title: '`apt-get dist-upgrade` inside a build.',
  docs: {
    why: 'A distribution upgrade can replace core packages of the base image, so the image no longer matches the tag it was built from.',
    howToFix:
      'Rebuild on a newer base image tag instead; install specific updates with `apt-get install --only-upgrade <package>`.',
    references: ['Dockle DKL-DI-0003'],
  },
  check: eachRunCommand(
    (c) => ['apt-get', 'apt'].includes(c.name) && argsWithoutFlags(c.args)[0] === 'dist-upgrade',
  ),
});
