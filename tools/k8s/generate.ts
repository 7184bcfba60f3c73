import { z } from 'zod';
import { hasComposeFile } from '../../src/compose/files.js';
import { loadValidProject } from '../../src/compose/orchestration.js';
import { kubernetesForApps, kubernetesForPlan } from '../../src/k8s/from-plan.js';
import { kubernetesForProject } from '../../src/k8s/index.js';
import { detectApps } from '../../src/project/detect-apps.js';
import { composeProjectFields, loadOptionsFrom } from '../../src/toolkit/schemas/compose.js';
import { detectInWorkspace } from '../../src/toolkit/schemas/project.js';
import { defineTool } from '../../src/toolkit/tool.js';

const TEXT_BUDGET = 12_000;

export default defineTool({
  name: 'k8s_generate',
  toolset: 'k8s',
  kind: 'read',
  title: 'Kubernetes manifests from Compose',
  description:
    'Kubernetes manifests for a Compose project (without one: what compose_generate would write, every app of a multi-app repository), Secrets by reference only; validated offline and linted.',
  input: z.object({
    ...composeProjectFields,
    namespace: z
      .string()
      .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/)
      .max(63)
      .optional(),
  }),
  output: z.object({
    source: z.enum(['compose', 'generated']),
    yaml: z.string(),
    objects: z.array(z.string()).describe('kind/name of each manifest.'),
    valid: z.boolean().describe('No schema error.'),
    findings: z.array(
      z.object({
        code: z.string(),
        severity: z.enum(['error', 'warning', 'info']),
        kind: z.string(),
        name: z.string(),
        path: z.string(),
        message: z.string(),
      }),
    ),
    notTranslated: z.array(z.object({ service: z.string(), key: z.string(), reason: z.string() })),
    secretsToCreate: z.array(z.object({ name: z.string(), keys: z.array(z.string()), from: z.string() })),
    notes: z.array(z.string()),
  }),
  async handle(ctx, input) {
    const dir = ctx.workspace.resolve(input.dir, 'read the project in');
    const inspectImage = (image: string) => ctx.engine.inspectImage(image);
    const hasCompose = Boolean(input.files?.length) || hasComposeFile(dir);
    // No compose file: what compose_generate would write, for one app or for each of several.
    const generatedManifests = () => {
      const apps = detectApps(dir);
      return apps.length > 1
        ? kubernetesForApps(dir, apps, { namespace: input.namespace })
        : kubernetesForPlan(detectInWorkspace(ctx.workspace, input.dir), { namespace: input.namespace });
    };
    const result = hasCompose
      ? await kubernetesForProject(await loadValidProject(loadOptionsFrom(ctx, input)), {
          namespace: input.namespace,
          inspectImage,
          allowRead: (file) => ctx.workspace.resolve(file, 'read'),
        })
      : await generatedManifests();
    return {
      source: hasCompose ? ('compose' as const) : ('generated' as const),
      yaml: result.yaml,
      objects: result.manifests.map((m) => `${m.kind}/${m.metadata.name}`),
      valid: result.valid,
      findings: result.findings,
      notTranslated: result.notTranslated,
      secretsToCreate: result.secretsToCreate,
      notes: result.notes,
    };
  },
  summary: (out) => {
    const lines = [
      `${out.objects.length} manifests (${out.objects.join(', ')}) from ${out.source === 'compose' ? 'the compose file' : "the project's generated compose.yaml"}; ${out.valid ? 'schema-valid' : 'NOT schema-valid'}.`,
      ...out.secretsToCreate.map(
        (s) => `Create Secret ${s.name} with keys ${s.keys.join(', ')} (from ${s.from}).`,
      ),
      ...out.notTranslated.map((n) => `Not translated: services.${n.service}.${n.key}: ${n.reason}.`),
      ...out.findings.map((f) => `${f.code} ${f.severity} ${f.kind}/${f.name} ${f.path}: ${f.message}`),
      ...out.notes,
    ];
    const yaml =
      out.yaml.length > TEXT_BUDGET
        ? `${out.yaml.slice(0, TEXT_BUDGET)}\n# ... cut at ${TEXT_BUDGET} characters; structuredContent.yaml has all of it`
        : out.yaml;
    return `${lines.join('\n')}\n\n${yaml}`;
  },
});
