import { defineRule, eachRunCommand } from '../rule-kinds.js';

function isPinnedModule(arg: string): boolean {
  if (arg.startsWith('.') || arg.startsWith('/') || arg.startsWith('$')) return true;
  const at = arg.lastIndexOf('@');
  return at > 0 && arg.slice(at + 1) !== 'latest';
}

export const DL3062 = defineRule({
  code: 'DL3062',
  severity: 'warning',
  title: 'Pin versions in go install: use `go install <package>@<version>`.',
  docs: {
    why: 'Without a version (or with @latest), go fetches whatever is newest at build time.',
    howToFix: 'Add a version: `go install golang.org/x/tools/gopls@v0.15.3`.',
    references: [],
  },
  check: eachRunCommand((c) => {
    if (c.name !== 'go' || !['install', 'get', 'run'].includes(c.args[0])) return false;
    const modules = c.args.slice(1).filter((a) => !a.startsWith('-'));
    const checked = c.args[0] === 'run' ? modules.slice(0, 1) : modules;
    return checked.some((m) => !isPinnedModule(m));
  }),
});
