import { z } from 'zod';
import { CREATED_BY_LABEL } from '../../src/containers/format.js';
import { defineTool } from '../../src/toolkit/tool.js';
import { formatMegabytes } from '../../src/units.js';

const KINDS = ['containers', 'networks', 'volumes', 'images'] as const;
const WHAT: Record<(typeof KINDS)[number], string> = {
  containers: 'stopped containers',
  networks: 'unused networks',
  volumes: 'unused volumes',
  images: 'dangling images',
};

/** Security: never an empty label filter, which the engine reads as "everything". */
function labelsOf(input: { label?: string[]; global: boolean }): string[] | undefined {
  return input.global ? undefined : input.label?.length ? input.label : [CREATED_BY_LABEL];
}

export default defineTool({
  name: 'system_prune',
  toolset: 'system',
  kind: 'destructive',
  title: 'Prune unused objects',
  description:
    'Remove stopped containers, unused networks, volumes, dangling images dockwright made (or by label; global: all).',
  input: z.object({
    kinds: z.array(z.enum(KINDS)).default(['containers', 'networks']),
    label: z
      .array(z.string().regex(/^[^=\s]/, 'a "key" or "key=value" label'))
      .min(1)
      .optional()
      .describe('"key" or "key=value".'),
    global: z.boolean().default(false),
  }),
  output: z.object({
    scope: z.string(),
    removed: z.record(z.string(), z.number().int()),
    spaceReclaimedBytes: z.number(),
  }),
  describeAction(input) {
    const kinds = KINDS.filter((k) => input.kinds.includes(k)).map((k) => WHAT[k]);
    const labels = labelsOf(input);
    const scope = labels
      ? `carrying every one of the labels ${labels.map((l) => `"${l}"`).join(', ')}`
      : 'on the whole engine, whoever created them (global)';
    return `Permanently remove all ${kinds.join(', ')} ${scope}`;
  },
  async handle(ctx, input) {
    const labels = labelsOf(input);
    const removed: Record<string, number> = {};
    let reclaimed = 0;
    for (const kind of KINDS.filter((k) => input.kinds.includes(k))) {
      const filters = labels ? { label: labels } : undefined;
      const result = await ctx.engine.prune(kind, filters);
      removed[kind] = result.removed.length;
      reclaimed += result.spaceReclaimed;
    }
    return {
      scope: labels ? `label ${labels.join(', ')}` : 'global',
      removed,
      spaceReclaimedBytes: reclaimed,
    };
  },
  summary: (out) =>
    `Pruned (${out.scope}): ${Object.entries(out.removed)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')}; ${formatMegabytes(out.spaceReclaimedBytes)} reclaimed.`,
});
