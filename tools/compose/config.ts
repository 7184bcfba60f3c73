import { z } from 'zod';
import { formatComposeFinding } from '../../src/compose/format-finding.js';
import { loadValidProject } from '../../src/compose/orchestration.js';
import { maskSecretValues } from '../../src/security/secrets.js';
import { composeProjectFields, loadOptionsFrom } from '../../src/toolkit/schemas/compose.js';
import { findingSchema } from '../../src/toolkit/schemas/compose-report.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'compose_config',
  toolset: 'compose',
  kind: 'read',
  title: 'Show the normalised compose model',
  description: 'A Compose project as Compose loads it (overrides, .env, interpolation, profiles).',
  input: z.object(composeProjectFields),
  output: z.object({
    project: z.string(),
    files: z.array(z.string()),
    services: z.array(z.string()),
    disabledServices: z
      .array(z.string())
      .describe('Services switched off because none of their profiles is active.'),
    model: z
      .record(z.string(), z.unknown())
      .describe(
        'The normalised model (name, services, networks, volumes, configs, secrets), secret values masked.',
      ),
    warnings: z.array(findingSchema),
  }),
  async handle(ctx, input) {
    const project = await loadValidProject(loadOptionsFrom(ctx, input));
    return {
      project: project.name,
      files: project.files,
      services: Object.keys(project.model.services),
      disabledServices: project.disabledServices,
      model: maskSecretValues(project.model) as unknown as Record<string, unknown>,
      warnings: project.warnings,
    };
  },
  summary: (out) =>
    [
      `Project "${out.project}": ${out.services.length} service(s) (${out.services.join(', ')})` +
        (out.disabledServices.length ? `; off by profile: ${out.disabledServices.join(', ')}` : ''),
      ...out.warnings.map(formatComposeFinding),
    ].join('\n'),
});
