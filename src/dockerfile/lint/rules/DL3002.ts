import { unquote } from '../../parse/words.js';
import { defineRule } from '../rule-kinds.js';
import type { RuleHit } from '../types.js';

export function isRootUser(user: string): boolean {
  const name = unquote(user.trim()).split(':')[0];
  return name === 'root' || name === '0';
}

export const DL3002 = defineRule({
  code: 'DL3002',
  severity: 'warning',
  title: 'Last USER should not be root.',
  docs: {
    why: 'A process running as root in the container is root on the host kernel too; a breakout or a writable mount then has full power.',
    howToFix: 'End each stage with an unprivileged user: `RUN useradd -r app` and `USER app`.',
    references: ['CIS Docker Benchmark 4.1'],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    const lastUserByStage = new Map<number, (typeof ctx.df.instructions)[number]>();
    for (const i of ctx.df.instructions) if (i.keyword === 'USER') lastUserByStage.set(i.stage, i);
    for (const user of lastUserByStage.values()) if (isRootUser(user.args)) hits.push({ instruction: user });
    return hits;
  },
});
