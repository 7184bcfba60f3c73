import { flagValue, unquote } from '../../parse/words.js';
import type { ShellCommand } from '../../shell/model.js';
import { defineRule } from '../rule-kinds.js';
import type { RuleHit } from '../types.js';

function installsDependencies(c: ShellCommand): boolean {
  const sub = c.args[0];
  if (c.name === 'npm') return sub === 'ci' || ((sub === 'install' || sub === 'i') && c.args.length === 1);
  if (c.name === 'yarn' || c.name === 'pnpm') return c.args.length === 0 || sub === 'install';
  if (/^pip[\d.]*$/.test(c.name))
    return sub === 'install' && c.args.some((a) => a === '-r' || a.startsWith('--requirement'));
  if (c.name === 'bundle' || c.name === 'composer') return sub === 'install';
  if (c.name === 'go') return sub === 'mod' && c.args[1] === 'download';
  if (c.name === 'poetry' || c.name === 'uv') return sub === 'install' || sub === 'sync';
  return false;
}

export const DW1012 = defineRule({
  code: 'DW1012',
  severity: 'info',
  title:
    'The whole build context is copied before dependencies are installed, so every code change reinstalls them.',
  docs: {
    why: 'The layer cache is invalidated by any change in the copied files; copying everything first means each edit re-runs the slow dependency install.',
    howToFix:
      'Copy the manifests first (`COPY package.json package-lock.json ./`), install, then `COPY . .`.',
    references: ['Docker docs: optimise builds with the cache'],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const stage of ctx.df.stages) {
      const copyAll = stage.instructions.find(
        (i) =>
          i.keyword === 'COPY' &&
          flagValue(i.flags, 'from') === undefined &&
          i.words.slice(0, -1).some((w) => ['.', './'].includes(unquote(w.value))),
      );
      if (!copyAll) continue;
      const install = stage.instructions.find(
        (i) =>
          i.index > copyAll.index &&
          i.keyword === 'RUN' &&
          ctx.shellOf(i).commands.some(installsDependencies),
      );
      if (install) hits.push({ instruction: copyAll });
    }
    return hits;
  },
});
