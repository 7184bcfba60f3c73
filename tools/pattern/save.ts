import { z } from 'zod';
import { patternId, sourceField, stackFields } from '../../src/patterns/schemas.js';
import { defineTool } from '../../src/tool.js';

const MAX_FILE = 200_000;

export default defineTool({
  name: 'pattern_save',
  toolset: 'pattern',
  kind: 'write',
  title: 'Save a Dockerfile pattern',
  description:
    'Save a Dockerfile (with optional .dockerignore and compose.yaml) to the pattern memory so later projects ' +
    'can start from it. Without id it adds a pattern, or updates the one with the same Dockerfile (compared ' +
    'ignoring comments, blank lines, spacing and keyword case); with id it updates that pattern. Values of ' +
    'ENV/ARG and compose settings that look like secrets are masked before storing; a private key is refused.',
  input: z.object({
    id: patternId.optional().describe('Update this pattern instead of adding one.'),
    title: z.string().min(1).max(200).describe('What the pattern is for, in a few words.'),
    dockerfile: z.string().min(1).max(MAX_FILE).describe('The Dockerfile text.'),
    dockerignore: z.string().max(MAX_FILE).optional().describe('The .dockerignore text.'),
    compose: z.string().max(MAX_FILE).optional().describe('The compose.yaml text.'),
    ...stackFields,
    baseImage: z.string().max(200).optional().describe('Base image of the final stage.'),
    tags: z.array(z.string().max(50)).max(20).optional().describe('Words to find it by, e.g. "multi-stage".'),
    notes: z.string().max(5000).optional().describe('How and when to use it, what to adapt.'),
  }),
  output: z.object({
    id: z.string(),
    title: z.string(),
    source: sourceField,
    created: z.boolean().describe('False when an existing pattern was updated.'),
    secretsMasked: z
      .boolean()
      .describe('Whether values that looked like secrets were masked before storing.'),
  }),
  async handle(ctx, input) {
    const { pattern, created } = (await ctx.patterns()).save(input);
    const secretsMasked =
      pattern.dockerfile !== input.dockerfile ||
      (input.compose !== undefined && pattern.compose !== input.compose) ||
      (input.notes !== undefined && pattern.notes !== input.notes);
    return { id: pattern.id, title: pattern.title, source: pattern.source, created, secretsMasked };
  },
  summary: (out) =>
    `${out.created ? 'Saved' : 'Updated'} pattern ${out.id} "${out.title}".` +
    (out.secretsMasked ? ' Values that looked like secrets were masked.' : ''),
});
