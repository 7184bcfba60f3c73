import { cacheMountTargets, defineRule, eachRun } from '../rule-kinds.js';
import { installWithoutLaterClean, isRpmInstall, removesPath } from './package-managers.js';

export const DL3032 = defineRule({
  code: 'DL3032',
  severity: 'warning',
  title: '`yum clean all` missing after yum command.',
  docs: {
    why: 'yum leaves its metadata and package cache in the layer.',
    howToFix: 'End the RUN with `&& yum clean all`.',
    references: [],
  },
  check: eachRun((shell, run) => {
    if (cacheMountTargets(run).includes('/var/cache/yum')) return false;
    return installWithoutLaterClean(
      shell,
      (c) => isRpmInstall(c, ['yum']),
      (c) =>
        (c.name === 'yum' && c.args.includes('clean') && c.args.includes('all')) ||
        removesPath(c, ['/var/cache/yum']),
    );
  }),
});
