import { unquote } from '../../parse/words.js';
import { defineRule } from '../rule-kinds.js';
import type { RuleHit } from '../types.js';

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|gz|bz2|xz)$/i;

function baseName(path: string): string {
  const parts = path.replace(/["']/g, '').split(/[\\/]/);
  return parts[parts.length - 1] ?? '';
}

export const DL3010 = defineRule({
  code: 'DL3010',
  severity: 'info',
  title: 'Use ADD for extracting archives into an image.',
  docs: {
    why: 'COPY followed by `tar -x` keeps the archive in one layer and its contents in another: the image carries both.',
    howToFix: 'Use `ADD app.tar.gz /opt/app/`, which extracts a local archive in one step.',
    references: [],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    let copied = new Set<string>();
    for (const i of ctx.df.instructions) {
      if (i.keyword === 'FROM') copied = new Set();
      if (i.keyword === 'COPY' && !i.flags.some((f) => f.name === 'from')) {
        const words = i.words.map((w) => w.raw);
        const archives = words.filter((w) => ARCHIVE.test(unquote(w)));
        if (archives.length > 0) for (const w of words) copied.add(baseName(w));
      }
      if (i.keyword === 'RUN' && copied.size > 0) {
        const extracts = ctx
          .shellOf(i)
          .commands.some(
            (c) =>
              c.name === 'tar' &&
              /^-?[a-zA-Z]*x/.test(c.args[0] ?? '') &&
              c.args.some((a) => copied.has(baseName(a))),
          );
        if (extracts) hits.push({ instruction: i });
      }
    }
    return hits;
  },
});
