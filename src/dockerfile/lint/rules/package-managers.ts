import { argsWithoutFlags, dropOptionsWithValue, hasAnyFlag } from '../../shell/args.js';
import type { ParsedShell, ShellCommand } from '../../shell/model.js';

/** The words after the first subcommand word, or undefined when the subcommand is not one of `subcommands`. */
export function subcommandArgs(
  command: ShellCommand,
  programs: string[],
  subcommands: string[],
  optionsWithValue: string[] = [],
): string[] | undefined {
  if (!programs.includes(command.name)) return undefined;
  const words = argsWithoutFlags(dropOptionsWithValue(command.args, optionsWithValue));
  if (!subcommands.includes(words[0])) return undefined;
  return words.slice(1);
}

export function isRpmInstall(command: ShellCommand, programs: string[]): boolean {
  return (
    subcommandArgs(command, programs, ['install', 'groupinstall', 'localinstall', 'module', 'in']) !==
    undefined
  );
}

/** True when some command matching `isInstall` is not followed later by a command matching `isClean`. */
export function installWithoutLaterClean(
  shell: ParsedShell,
  isInstall: (c: ShellCommand) => boolean,
  isClean: (c: ShellCommand) => boolean,
): boolean {
  let pending = false;
  for (const command of shell.commands) {
    if (isInstall(command)) pending = true;
    else if (pending && isClean(command)) pending = false;
  }
  return pending;
}

export function removesPath(command: ShellCommand, prefixes: string[]): boolean {
  return command.name === 'rm' && command.args.some((a) => prefixes.some((p) => a.startsWith(p)));
}

export function hasYesFlag(command: ShellCommand, names = ['y', 'assumeyes']): boolean {
  return hasAnyFlag(command, names);
}

/** An rpm package counts as pinned when a version follows its name (`httpd-2.4`, `openssl-1:1.1`). */
export function isRpmPinned(pkg: string): boolean {
  return /-\d/.test(pkg) || pkg.endsWith('.rpm') || pkg.includes('/');
}

/** Packages that `yum`/`dnf install` (or `module install`) names, with `module` streams needing `:`. */
export function unpinnedRpmPackages(
  command: ShellCommand,
  programs: string[],
  resolve: (s: string) => string,
): string[] {
  const words = subcommandArgs(command, programs, ['install', 'in', 'module', 'groupinstall'], ['setopt']);
  if (!words) return [];
  const words0 = argsWithoutFlags(command.args);
  if (words0[0] === 'group' || words0[0] === 'groupinstall') return [];
  if (words0[0] === 'module') {
    if (words[0] !== 'install') return [];
    return words.slice(1).filter((p) => !resolve(p).includes(':'));
  }
  return words.filter((p) => !isRpmPinned(resolve(p)));
}
