import type { ShellCommand } from './model.js';

/** Flag names in an argument list: `--foo=bar` gives `foo`, `-abc` gives `a`, `b`, `c`. */
export function flagsOf(args: string[]): string[] {
  const flags: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('--') && arg.length > 2) flags.push(arg.slice(2).split('=')[0]);
    else if (arg.startsWith('-') && arg.length > 1 && !arg.startsWith('--'))
      flags.push(...arg.slice(1).split(''));
  }
  return flags;
}

export function hasAnyFlag(command: ShellCommand, names: string[]): boolean {
  return flagsOf(command.args).some((f) => names.includes(f));
}

/** Arguments that are not flags. */
export function argsWithoutFlags(args: string[]): string[] {
  return args.filter((a) => !a.startsWith('-'));
}

/** Drops the given options together with the value that follows each (`-t stable`). */
export function dropOptionsWithValue(args: string[], options: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const name = a.replace(/^--?/, '');
    if (a.startsWith('-') && options.includes(name)) {
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

export function isCommand(command: ShellCommand, name: string, subcommands?: string[]): boolean {
  if (command.name !== name) return false;
  if (!subcommands) return true;
  return argsWithoutFlags(command.args).some((a) => subcommands.includes(a));
}
