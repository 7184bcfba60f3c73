import { defineRule, eachRunCommand } from '../rule-kinds.js';

const POINTLESS = ['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim'];

export const DL3001 = defineRule({
  code: 'DL3001',
  severity: 'info',
  title:
    'Commands like `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill` and `mount` make no sense in a build.',
  docs: {
    why: 'A build runs non-interactively with no init system; interactive tools and service managers do nothing useful there.',
    howToFix: 'Remove the command; start services with the container command instead.',
    references: [],
  },
  check: eachRunCommand((c) => POINTLESS.includes(c.name)),
});
