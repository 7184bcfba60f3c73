import { defineRule, eachRunCommand } from '../rule-kinds.js';
import { subcommandArgs } from './package-managers.js';

const APK_OPTIONS_WITH_VALUE = [
  'virtual',
  't',
  'repository',
  'X',
  'repositories-file',
  'root',
  'p',
  'arch',
  'cache-dir',
  'keys-dir',
];

export function apkAddPackages(command: Parameters<typeof subcommandArgs>[0]): string[] | undefined {
  return subcommandArgs(command, ['apk'], ['add'], APK_OPTIONS_WITH_VALUE);
}

export const DL3018 = defineRule({
  code: 'DL3018',
  severity: 'warning',
  title: 'Pin versions in apk add: use `apk add <package>=<version>`.',
  docs: {
    why: 'Unpinned Alpine packages follow the repository, so rebuilds silently pick up new versions.',
    howToFix: 'Add versions: `apk add --no-cache curl=8.5.0-r0`.',
    references: [],
  },
  check: eachRunCommand((c) =>
    (apkAddPackages(c) ?? []).some((p) => !/[=~<>]/.test(p) && !p.endsWith('.apk') && !p.startsWith('$')),
  ),
});
