import { argsWithoutFlags } from '../../shell/args.js';
import { cacheMountTargets, defineRule, eachRun } from '../rule-kinds.js';
import { installWithoutLaterClean, removesPath } from './package-managers.js';

const CHANGES_PACKAGES = [
  'install',
  'in',
  'upgrade',
  'up',
  'upgrade-minimal',
  'up-min',
  'reinstall',
  'rei',
  'groupinstall',
  'module',
  'group',
  'update',
];
const DNF = ['dnf', 'microdnf'];

export const DL3040 = defineRule({
  code: 'DL3040',
  severity: 'warning',
  title: '`dnf clean all` missing after dnf command.',
  docs: {
    why: 'dnf leaves its metadata and package cache in the layer.',
    howToFix: 'End the RUN with `&& dnf clean all`, or use a cache mount on /var/cache/libdnf5.',
    references: [],
  },
  check: eachRun((shell, run) => {
    const mounts = cacheMountTargets(run);
    if (mounts.includes('/var/cache/libdnf5') || mounts.includes('/var/cache/dnf')) return false;
    return DNF.some((program) =>
      installWithoutLaterClean(
        shell,
        (c) => c.name === program && CHANGES_PACKAGES.includes(argsWithoutFlags(c.args)[0]),
        (c) =>
          (c.name === program && c.args.includes('clean') && c.args.includes('all')) ||
          removesPath(c, ['/var/cache/yum', '/var/cache/dnf', '/var/cache/libdnf5']),
      ),
    );
  }),
});
