import { execFormArray, unquote } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';

const SYSTEM_PATHS = new Set([
  '/',
  '/bin',
  '/boot',
  '/dev',
  '/etc',
  '/lib',
  '/lib64',
  '/proc',
  '/root',
  '/run',
  '/sbin',
  '/sys',
  '/usr',
  '/usr/bin',
  '/usr/lib',
  '/usr/sbin',
  '/usr/local/bin',
  '/var',
  '/var/run',
]);

function paths(keyword: string, args: string): string[] {
  if (keyword === 'VOLUME') return execFormArray(args) ?? args.split(/\s+/).filter(Boolean).map(unquote);
  return [unquote(args.trim())];
}

export const DW1007 = defineRule({
  code: 'DW1007',
  severity: 'warning',
  title: 'WORKDIR or VOLUME points at a system directory.',
  docs: {
    why: 'Application files in /, /etc or /usr mix with the OS and can overwrite it; a volume there hides system files at run time.',
    howToFix: 'Use an application directory such as /app, /srv/app or /var/lib/app.',
    references: ['Dockle DKL-DI-0002 (sensitive directories)'],
  },
  check: eachInstruction(['WORKDIR', 'VOLUME'], (i) => {
    const found = paths(i.keyword, i.args).find((p) => SYSTEM_PATHS.has(p.replace(/(.)\/+$/, '$1')));
    return found
      ? { message: `${i.keyword} ${found} is a system directory; use an application directory such as /app.` }
      : false;
  }),
});
