import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hasComposeFile } from '../compose/files.js';
import { loadValidProject } from '../compose/orchestration.js';
import { ToolError } from '../errors.js';
import { kubernetesForPlan } from '../k8s/from-plan.js';
import { type KubernetesResult, kubernetesForProject } from '../k8s/index.js';
import { detectProject } from '../project/index.js';
import { writeNamedFile } from '../workspace.js';

const HELP = `dockwright k8s generate [DIR|FILE] [options]

Kubernetes manifests for the Compose project in DIR (default: .), or for FILE; without a
compose file, for the compose.yaml and Dockerfile dockwright would generate. Deployments,
Services, ConfigMaps, claims and Secret references (never values), with probes, a
securityContext and limits. Validated against the Kubernetes schemas (offline) and linted.
Prints the YAML; the Secrets to create, untranslated keys and findings go to stderr.

  -f, --file FILE        Compose file (repeatable)
  -p, --project-name N   Project name
  -n, --namespace NS     Put every object in this namespace
  -o, --output FILE      Write the YAML to FILE instead of stdout
      --json             Print everything as JSON

Exit codes: 0 valid with no error finding, 1 a schema error or an error finding, 2 bad input.`;

async function generate(
  target: string | undefined,
  values: Record<string, unknown>,
): Promise<KubernetesResult> {
  const files = (values.file as string[] | undefined) ?? [];
  const info = target === undefined ? undefined : await stat(target).catch(() => undefined);
  if (target !== undefined && !info)
    throw new ToolError(
      'NOT_FOUND',
      `"${target}" is neither a folder nor a Compose file.`,
      'Pass the project folder or its compose.yaml.',
    );
  const fromFile = info?.isFile() ? [target as string] : [];
  const dir = path.resolve(info?.isDirectory() ? (target as string) : '.');
  const options = { namespace: values.namespace as string | undefined };
  if (fromFile.length || files.length || hasComposeFile(dir)) {
    const project = await loadValidProject({
      ...(info?.isDirectory() ? { workingDir: dir } : {}),
      files: [...fromFile, ...files].length ? [...fromFile, ...files] : undefined,
      projectName: values['project-name'] as string | undefined,
      env: process.env,
    });
    return kubernetesForProject(project, options);
  }
  return kubernetesForPlan(detectProject(dir), options);
}

export async function k8sCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      file: { type: 'string', short: 'f', multiple: true },
      'project-name': { type: 'string', short: 'p' },
      namespace: { type: 'string', short: 'n' },
      output: { type: 'string', short: 'o' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [verb, target] = positionals;
  if (values.help || verb !== 'generate') {
    console.log(HELP);
    if (values.help) return 0;
    if (verb) console.error(`dockwright k8s: unknown command "${verb}".`);
    return 2;
  }
  const result = await generate(target, values);
  const failed = !result.valid || result.findings.some((f) => f.severity === 'error');
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
    return failed ? 1 : 0;
  }
  if (values.output) await writeNamedFile(values.output, result.yaml);
  else process.stdout.write(result.yaml);
  const report = [
    ...result.secretsToCreate.map(
      (s) => `create Secret ${s.name} with keys ${s.keys.join(', ')} (from ${s.from})`,
    ),
    ...result.notTranslated.map((n) => `not translated: services.${n.service}.${n.key}: ${n.reason}`),
    ...result.findings.map((f) => `${f.code} ${f.severity}: ${f.kind}/${f.name} ${f.path}: ${f.message}`),
    ...result.notes.map((n) => `note: ${n}`),
  ];
  for (const line of report) console.error(line);
  return failed ? 1 : 0;
}
