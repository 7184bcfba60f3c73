import { defineRule, eachRunCommand } from '../rule-kinds.js';
import { aptInstallPackages } from './apt.js';

function isPinned(pkg: string): boolean {
  return pkg.includes('=') || pkg.endsWith('.deb') || pkg.includes('/') || pkg.startsWith('$');
}

export const DL3008 = defineRule({
  code: 'DL3008',
  severity: 'warning',
  title: 'Pin versions in apt-get install: use `apt-get install <package>=<version>`.',
  docs: {
    why: 'Unpinned packages install whatever the mirror has today, so two builds of the same Dockerfile differ and can break.',
    howToFix: 'Add versions: `apt-get install -y curl=7.88.1-10+deb12u5`.',
    references: [],
  },
  check: eachRunCommand((c) => (aptInstallPackages(c) ?? []).some((p) => !isPinned(p))),
});
