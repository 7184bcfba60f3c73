import { defineRule, eachRunCommand } from '../rule-kinds.js';
import { pipInstallArgs, pipPackages } from './pip.js';

const VERSION_OPERATORS = /(==|>=|<=|~=|!=|<|>)/;

function isPinned(pkg: string): boolean {
  if (VERSION_OPERATORS.test(pkg)) return true;
  if (pkg.startsWith('git+') || pkg.startsWith('hg+') || pkg.startsWith('svn+') || pkg.startsWith('bzr+')) {
    return /@[^/]+$/.test(pkg.split('#')[0].replace(/^[a-z+]+:\/\/[^/]*@/, ''));
  }
  return pkg === '.' || pkg.includes('/') || /\.(whl|tar\.gz|zip|tgz)$/.test(pkg) || pkg.startsWith('$');
}

export const DL3013 = defineRule({
  code: 'DL3013',
  severity: 'warning',
  title: 'Pin versions in pip: use `pip install <package>==<version>` or `pip install --requirement <file>`.',
  docs: {
    why: 'An unpinned package installs whatever PyPI has at build time; a new release can break the image without any change.',
    howToFix: 'Pin each package (`flask==3.0.3`) or install from a locked requirements file.',
    references: [],
  },
  check: eachRunCommand((c) => {
    const args = pipInstallArgs(c, true);
    if (!args) return false;
    if (
      args.some((a) =>
        ['-r', '--requirement', '-c', '--constraint', '-e', '--editable'].includes(a.split('=')[0]),
      )
    ) {
      return false;
    }
    return pipPackages(args).some((p) => !isPinned(p));
  }),
});
