import { z } from 'zod';
import { describeEvidence } from '../../src/patterns/describe.js';
import { evidenceSchema, patternId, sourceField } from '../../src/toolkit/schemas/pattern.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'pattern_get',
  toolset: 'pattern',
  kind: 'read',
  title: 'Get a Dockerfile pattern',
  description: 'One pattern in full, status and evidence. Find ids with pattern_search.',
  input: z.object({ id: patternId }),
  output: z.object({
    id: z.string(),
    title: z.string(),
    language: z.string().optional(),
    framework: z.string().optional(),
    packageManager: z.string().optional(),
    baseImage: z.string().optional(),
    tags: z.array(z.string()),
    source: sourceField,
    dockerfile: z.string(),
    dockerignore: z.string().optional(),
    compose: z.string().optional(),
    notes: z.string().optional(),
    evidence: evidenceSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  async handle(ctx, input) {
    const { dockerfileHash: _hash, ...pattern } = (await ctx.patterns()).get(input.id);
    return pattern;
  },
  summary: (out) =>
    [
      `${out.title} (${out.id}, ${out.source}; ${describeEvidence(out.evidence)})`,
      out.notes && `Notes: ${out.notes}`,
      `Dockerfile:\n${out.dockerfile}`,
      out.dockerignore && `.dockerignore:\n${out.dockerignore}`,
      out.compose && `compose.yaml:\n${out.compose}`,
    ]
      .filter(Boolean)
      .join('\n\n'),
});
