import { z } from 'zod';
import { formatComposeFinding } from '../../src/compose/format-finding.js';
import { composeRules } from '../../src/compose/lint/index.js';
import { composePolicyFindings } from '../../src/compose/policy.js';
import { validateCompose } from '../../src/compose/validate.js';
import { composeProjectFields, loadOptionsFrom } from '../../src/toolkit/schemas/compose.js';
import { findingSchema } from '../../src/toolkit/schemas/compose-report.js';
import { defineTool } from '../../src/toolkit/tool.js';

const MAX_FINDINGS = 200;

export default defineTool({
  name: 'compose_validate',
  toolset: 'compose',
  kind: 'read',
  title: 'Validate and lint a compose file',
  description:
    'Validate a Compose project against the Compose Specification and lint it (DC rules); no engine needed.',
  input: z.object({
    ...composeProjectFields,
    ignore: z
      .array(z.string().regex(/^DC\d{3}$/))
      .max(50)
      .optional()
      .describe('Rule codes to skip.'),
  }),
  output: z.object({
    valid: z.boolean().describe('False when the file is not valid Compose (see errors).'),
    project: z.string().optional(),
    files: z.array(z.string()),
    errors: z.array(findingSchema),
    findings: z
      .array(findingSchema)
      .describe('Lint findings and warnings; present only when the file is valid.'),
    truncated: z.boolean(),
  }),
  async handle(ctx, input) {
    const options = loadOptionsFrom(ctx, input);
    const report = await validateCompose({ ...options, ignore: input.ignore });
    if (report.valid && report.project)
      report.findings.unshift(
        ...composePolicyFindings(report.project, ctx.policy.allow, ctx.workspace).map(
          ({ refusal: _code, flag, ...finding }) => ({
            ...finding,
            message: `${finding.message} (compose_up refuses it${flag ? `; ${flag} allows it` : ''})`,
          }),
        ),
      );
    return {
      valid: report.valid,
      project: report.project?.name,
      files: report.project?.files ?? options.files ?? [],
      errors: report.errors.slice(0, MAX_FINDINGS),
      findings: report.findings.slice(0, MAX_FINDINGS),
      truncated: report.errors.length > MAX_FINDINGS || report.findings.length > MAX_FINDINGS,
    };
  },
  summary: (out) => {
    const head = out.valid ? `Valid Compose project "${out.project}"` : 'Not valid Compose';
    const lines = [...out.errors, ...out.findings].slice(0, 30).map(formatComposeFinding);
    const docs = new Set(out.findings.map((f) => f.code));
    const rules = composeRules.filter((r) => docs.has(r.code)).map((r) => `${r.code} ${r.title}: ${r.fix}`);
    return [
      `${head}: ${out.errors.length} error(s), ${out.findings.length} finding(s).`,
      ...lines,
      ...rules,
    ].join('\n');
  },
});
