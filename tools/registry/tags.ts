import { z } from 'zod';
import { listTags } from '../../src/registry/client.js';
import { parseReference } from '../../src/registry/reference.js';
import { boundedList, listTotals } from '../../src/toolkit/schemas/list.js';
import { authInput, resolveAuth } from '../../src/toolkit/schemas/registry.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'registry_tags',
  toolset: 'registry',
  kind: 'read',
  openWorld: true,
  title: 'List a repository’s tags',
  description: "List a repository's tags in its registry without pulling.",
  input: z.object({
    repository: z.string().describe('e.g. "library/node".'),
    filter: z.string().optional(),
    limit: z.number().int().min(1).max(1000).default(100),
    auth: authInput,
  }),
  output: z.object({
    repository: z.string(),
    tags: z.array(z.string()),
    ...listTotals,
  }),
  async handle(ctx, input) {
    const ref = parseReference(input.repository);
    const tags = (await listTags(ref, await resolveAuth(input.auth, ref.domain), ctx.signal)).filter(
      (t) => !input.filter || t.includes(input.filter),
    );
    const { shown, total, truncated } = boundedList(tags, input.limit, (tag) => tag);
    return { repository: `${ref.domain}/${ref.repository}`, tags: shown, total, truncated };
  },
  summary: (out) => `${out.total} tag(s) in ${out.repository}: ${out.tags.slice(0, 20).join(', ')}`,
});
