import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCompose } from '../compose/generate/generate-compose.js';
import { generateMultiApp } from '../compose/generate/multi-app.js';
import { loadProject } from '../compose/load.js';
import { generateDockerfile } from '../dockerfile/generate/generate-dockerfile.js';
import type { FileToWrite } from '../dockerfile/generate/write-files.js';
import type { DetectedApp } from '../project/detect-apps.js';
import type { ProjectPlan } from '../project/index.js';
import { type KubernetesOptions, type KubernetesResult, kubernetesForProject } from './index.js';
import { dnsLabel } from './names.js';

/** Files written as if generated into a folder of their own, translated, then removed again. */
async function kubernetesForFiles(
  files: FileToWrite[],
  projectName: string,
  options: Omit<KubernetesOptions, 'allowRead'>,
): Promise<KubernetesResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dockwright-k8s-'));
  try {
    for (const file of files) {
      await mkdir(path.dirname(path.join(dir, file.name)), { recursive: true });
      await writeFile(path.join(dir, file.name), file.content);
    }
    const { project } = await loadProject({ workingDir: dir, projectName, env: {} });
    return await kubernetesForProject(project, options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Manifests for a project that has no compose file yet: the compose.yaml and Dockerfile
 * dockwright would generate, translated as if written.
 */
export async function kubernetesForPlan(
  plan: ProjectPlan,
  options: Omit<KubernetesOptions, 'allowRead'> = {},
): Promise<KubernetesResult> {
  const files = [
    { name: 'compose.yaml', content: (await generateCompose(plan)).compose },
    { name: 'Dockerfile', content: generateDockerfile(plan).dockerfile },
  ];
  return kubernetesForFiles(files, dnsLabel(path.basename(path.join(plan.root, plan.appDir.value))), options);
}

/**
 * Manifests for a repository of several apps with no compose file yet: the compose.yaml and
 * Dockerfiles compose_generate would write, translated as if written. An app's own
 * Dockerfile stays (compose_generate replaces it only when asked): its user, ports and
 * health check are the ones that count.
 */
export async function kubernetesForApps(
  root: string,
  apps: DetectedApp[],
  options: Omit<KubernetesOptions, 'allowRead'> = {},
): Promise<KubernetesResult> {
  const generated = await generateMultiApp(root, apps, { keepExisting: true });
  const own = new Set(
    generated.apps.filter((a) => a.existing.includes(a.dockerfile)).map((a) => a.dockerfile),
  );
  const files = [
    ...generated.files.filter((file) => !own.has(file.name)),
    ...(await Promise.all(
      [...own].map(async (name) => ({ name, content: await readFile(path.join(root, name), 'utf8') })),
    )),
  ];
  return kubernetesForFiles(files, dnsLabel(path.basename(root)), options);
}
