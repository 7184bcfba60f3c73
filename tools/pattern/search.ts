import { z } from 'zod';
import { describeEvidence, describeStack } from '../../src/patterns/describe.js';
import { sourceField, stackFields, statusField } from '../../src/toolkit/schemas/pattern.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'pattern_search',
  toolset: 'pattern',
  kind: 'read',
  title: 'Search Dockerfile patterns',
  description:
    'Search pattern memory before writing a Dockerfile; proven ones (built, ran, passed checks) rank first.',
  input: z.object({
    text: z.string().max(500).optional().describe('Words in titles, tags, notes, Dockerfiles.'),
    ...stackFields,
    source: sourceField.optional(),
    tags: z.array(z.string().max(50)).max(10).optional().describe('Only patterns with all of these.'),
    limit: z.number().int().min(1).max(50).default(10),
  }),
  output: z.object({
    patterns: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        stack: z.string(),
        source: sourceField,
        status: statusField,
        score: z.number().describe('0 to 1; higher is better.'),
        evidence: z.string().describe('Its status and what it has proved, in one line.'),
      }),
    ),
    total: z.number().int().describe('How many patterns matched before the limit.'),
    truncated: z.boolean(),
  }),
  async handle(ctx, input) {
    const store = await ctx.patterns();
    const result = store.search(input);
    return {
      patterns: result.hits.map((hit) => ({
        id: hit.id,
        title: hit.title,
        stack: describeStack(hit),
        source: hit.source,
        status: hit.evidence.status,
        score: hit.score,
        evidence: describeEvidence(hit.evidence),
      })),
      total: result.total,
      truncated: result.truncated,
    };
  },
  summary: (out) =>
    out.total === 0
      ? 'No pattern matches. Try fewer words or filters, or write the Dockerfile and save it with pattern_save.'
      : `${out.total} pattern(s)${out.truncated ? `, best ${out.patterns.length} shown` : ''}:\n` +
        out.patterns
          .map((p) => `- ${p.id} (${p.score}) ${p.title} [${p.stack}; ${p.source}; ${p.evidence}]`)
          .join('\n'),
});
