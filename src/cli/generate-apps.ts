import { generateMultiApp } from '../compose/generate/multi-app.js';
import type { Flavour } from '../dockerfile/generate/index.js';
import { writeGeneratedFiles } from '../dockerfile/generate/index.js';
import type { DetectedApp } from '../project/detect-apps.js';
import type { Workspace } from '../workspace.js';

export interface AppsCommandOptions {
  write: boolean;
  overwrite: boolean;
  json: boolean;
  /** False with --no-compose: only the Dockerfiles and .dockerignore files. */
  compose: boolean;
  flavour: Flavour;
}

/** `dockwright generate` on a multi-app repository: a Dockerfile per app and one compose.yaml. */
export async function generateAppsCommand(
  workspace: Workspace,
  apps: DetectedApp[],
  options: AppsCommandOptions,
): Promise<number> {
  const root = workspace.primary;
  const generated = await generateMultiApp(root, apps, {
    flavour: options.flavour,
    keepExisting: !(options.write && options.overwrite),
  });
  const files = options.compose
    ? generated.files
    : generated.files.filter((file) => !/\.ya?ml$/.test(file.name));
  const written = await writeGeneratedFiles(workspace, root, files, options);
  if (options.json) {
    console.log(
      JSON.stringify(
        {
          apps: generated.apps.map((app, i) => ({ ...app, plan: { ...apps[i].plan, root: undefined } })),
          files,
          rationale: generated.rationale,
          written,
          filesToCreate: generated.filesToCreate,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  console.log(`Detected ${apps.length} apps:`);
  for (const [i, app] of generated.apps.entries()) {
    const plan = apps[i].plan;
    console.log(
      `  ${app.name} (${app.dir}): ${plan.language.value}${plan.framework ? ` (${plan.framework.value})` : ''}` +
        `${app.port ? `, port ${app.port}` : ''}, builds with ${app.dockerfile}` +
        `${app.existing.length > 0 ? `; found ${app.existing.join(', ')}` : ''}` +
        `${app.findings.length > 0 ? ` (${app.findings.length} lint findings: dockwright lint --fix ${app.dockerfile})` : ''}`,
    );
  }
  if (!options.write) for (const file of files) console.log(`\n----- ${file.name} -----\n${file.content}`);
  console.log('\nWhy:');
  for (const r of generated.rationale) console.log(`  - ${r.choice}: ${r.why}`);
  for (const file of generated.filesToCreate) console.log(`Create before "docker compose up": ${file}`);
  for (const w of written) {
    console.log(
      `${w.path}: ${w.action}${w.action === 'exists-differs' && !options.overwrite ? ' (kept; pass --overwrite to replace)' : ''}`,
    );
    if (w.diff && w.action === 'exists-differs') console.log(w.diff);
  }
  return 0;
}
