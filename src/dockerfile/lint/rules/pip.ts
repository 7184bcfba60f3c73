import { dropOptionsWithValue } from '../../shell/args.js';
import type { ShellCommand } from '../../shell/model.js';

const PIP_NAME = /^pip(\d+(\.\d+)?)?$/;

/** The arguments after `install` of a pip call (`pip install`, `pip3 install`, `python -m pip install`). */
export function pipInstallArgs(command: ShellCommand, includePipx = false): string[] | undefined {
  let args: string[];
  const name = command.name.split('/').pop() ?? '';
  if (PIP_NAME.test(name) || (includePipx && name === 'pipx')) args = command.args;
  else if (/^python[\d.]*$/.test(name)) {
    const m = command.args.indexOf('-m');
    if (m < 0 || command.args[m + 1] !== 'pip') return undefined;
    args = command.args.slice(m + 2);
  } else return undefined;
  const at = args.indexOf('install');
  if (at < 0 || args.slice(0, at).some((a) => !a.startsWith('-'))) return undefined;
  return args.slice(at + 1);
}

const OPTIONS_WITH_VALUE = [
  'build',
  'prefix',
  'root',
  'target',
  'trusted-host',
  'index-url',
  'i',
  'extra-index-url',
  'find-links',
  'f',
  'python',
  'root-user-action',
  'platform',
  'python-version',
  'implementation',
  'abi',
  'src',
  'upgrade-strategy',
  'progress-bar',
  'log',
  'cache-dir',
  'proxy',
  'retries',
  'timeout',
  'exists-action',
  'cert',
  'client-cert',
];

export function pipPackages(args: string[]): string[] {
  return dropOptionsWithValue(args, OPTIONS_WITH_VALUE).filter((a) => !a.startsWith('-'));
}
