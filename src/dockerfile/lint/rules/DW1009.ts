import { defineRule, eachRunCommand } from '../rule-kinds.js';
import { aptInstallPackages } from './apt.js';
import { apkAddPackages } from './DL3018.js';
import { subcommandArgs } from './package-managers.js';

function installedPackages(c: Parameters<typeof apkAddPackages>[0]): string[] {
  return (
    aptInstallPackages(c, ['apt-get', 'apt']) ??
    apkAddPackages(c) ??
    subcommandArgs(c, ['yum', 'dnf', 'microdnf', 'zypper'], ['install', 'in']) ??
    []
  );
}

export const DW1009 = defineRule({
  code: 'DW1009',
  severity: 'warning',
  title: 'sudo is installed in the image.',
  docs: {
    why: 'sudo in an image is a ready-made way for a compromised process to become root, and containers never need it.',
    howToFix:
      'Do root work before `USER`, and use gosu or su-exec in the entrypoint if privileges must drop at start.',
    references: ['Dockle DKL-DI-0001'],
  },
  check: eachRunCommand((c) => installedPackages(c).some((p) => p.split(/[=~<>]/)[0] === 'sudo')),
});
