import { argsWithoutFlags, dropOptionsWithValue, hasAnyFlag } from '../../shell/args.js';
import type { ShellCommand } from '../../shell/model.js';

const APT_OPTIONS_WITH_VALUE = ['o', 't', 'c', 'target-release', 'config-file', 'option'];

/** `apt-get install` (or `apt install`) and the words after the subcommand. */
export function aptInstallPackages(command: ShellCommand, programs = ['apt-get']): string[] | undefined {
  if (!programs.includes(command.name)) return undefined;
  const words = argsWithoutFlags(dropOptionsWithValue(command.args, APT_OPTIONS_WITH_VALUE));
  if (words[0] !== 'install') return undefined;
  return words.slice(1);
}

export function isAptGetInstall(command: ShellCommand): boolean {
  return aptInstallPackages(command) !== undefined;
}

export function hasAptYes(command: ShellCommand): boolean {
  if (hasAnyFlag(command, ['y', 'yes', 'assume-yes'])) return true;
  let quiet = 0;
  for (const arg of command.args) {
    if (arg === '--quiet') quiet++;
    else if (/^-q=2$/.test(arg) || arg === '--quiet=2') quiet += 2;
    else if (/^-[a-zA-Z]+$/.test(arg)) quiet += (arg.match(/q/g) ?? []).length;
  }
  return quiet >= 2;
}

export const APT_SUBCOMMAND_INSTALL = /(?<=\s)install(?=\s|$)/;
