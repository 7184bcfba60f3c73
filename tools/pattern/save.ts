import { z } from 'zod';
import { patternId, sourceField, stackFields, statusField } from '../../src/toolkit/schemas/pattern.js';
import { defineTool } from '../../src/toolkit/tool.js';

const MAX_FILE = 200_000;

export default defineTool({
  name: 'pattern_save',
  toolset: 'pattern',
  kind: 'write',
  title: 'Save a Dockerfile pattern',
  description:
    'Save a Dockerfile (+ .dockerignore, compose.yaml) as a candidate pattern; secret-like values are masked.',
  input: z.object({
    id: patternId.optional(),
    title: z.string().min(1).max(200).describe('What it is for, in a few words.'),
    dockerfile: z.string().min(1).max(MAX_FILE),
    dockerignore: z.string().max(MAX_FILE).optional(),
    compose: z.string().max(MAX_FILE).optional(),
    ...stackFields,
    baseImage: z.string().max(200).optional(),
    tags: z.array(z.string().max(50)).max(20).optional(),
    notes: z.string().max(5000).optional().describe('When to use it, what to adapt.'),
  }),
  output: z.object({
    id: z.string(),
    title: z.string(),
    source: sourceField,
    status: statusField.describe('candidate, unless a trial of the same Dockerfile proved it.'),
    created: z.boolean().describe('False when an existing pattern was updated.'),
    secretsMasked: z
      .boolean()
      .describe('Whether values that looked like secrets were masked before storing.'),
  }),
  async handle(ctx, input) {
    const { pattern, created } = await (await ctx.patterns()).save(input);
    const secretsMasked =
      pattern.dockerfile !== input.dockerfile ||
      (input.compose !== undefined && pattern.compose !== input.compose) ||
      (input.notes !== undefined && pattern.notes !== input.notes);
    return {
      id: pattern.id,
      title: pattern.title,
      source: pattern.source,
      status: pattern.evidence.status,
      created,
      secretsMasked,
    };
  },
  summary: (out) =>
    `${out.created ? 'Saved' : 'Updated'} ${out.status} pattern ${out.id} "${out.title}".` +
    (out.secretsMasked ? ' Values that looked like secrets were masked.' : ''),
});
