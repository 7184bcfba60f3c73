import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCompose } from '../compose/generate/generate-compose.js';
import { generateMultiApp } from '../compose/generate/multi-app.js';
import { loadProject } from '../compose/load.js';
import { generateDockerfile } from '../dockerfile/generate/generate-dockerfile.js';
import type { DetectedApp } from '../project/detect-apps.js';
import type { ProjectPlan } from '../project/index.js';
import { type KubernetesOptions, type KubernetesResult, kubernetesForProject } from './index.js';
import { dnsLabel } from './names.js';

/**
 * Manifests for a project that has no compose file yet: the compose.yaml and Dockerfile
 * dockwright would generate, translated as if written (then removed again).
 */
export async function kubernetesForPlan(
  plan: ProjectPlan,
  options: Omit<KubernetesOptions, 'allowRead'> = {},
): Promise<KubernetesResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dockwright-k8s-'));
  try {
    await writeFile(path.join(dir, 'compose.yaml'), (await generateCompose(plan)).compose);
    await writeFile(path.join(dir, 'Dockerfile'), generateDockerfile(plan).dockerfile);
    const name = dnsLabel(path.basename(path.join(plan.root, plan.appDir.value)));
    const { project } = await loadProject({ workingDir: dir, projectName: name, env: {} });
    return await kubernetesForProject(project, options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Manifests for a repository of several apps with no compose file yet: the compose.yaml and
 * Dockerfiles compose_generate would write (an app's own Dockerfile kept), translated as if
 * written, then removed again.
 */
export async function kubernetesForApps(
  root: string,
  apps: DetectedApp[],
  options: Omit<KubernetesOptions, 'allowRead'> = {},
): Promise<KubernetesResult> {
  const generated = await generateMultiApp(root, apps, { keepExisting: true });
  const dir = await mkdtemp(path.join(tmpdir(), 'dockwright-k8s-'));
  try {
    for (const file of generated.files) {
      await mkdir(path.dirname(path.join(dir, file.name)), { recursive: true });
      await writeFile(path.join(dir, file.name), file.content);
    }
    // An app's own Dockerfile stays (compose_generate replaces it only when asked): its user,
    // ports and health check are the ones that count.
    for (const app of generated.apps.filter((a) => a.existing.includes(a.dockerfile))) {
      await mkdir(path.dirname(path.join(dir, app.dockerfile)), { recursive: true });
      await copyFile(path.join(root, app.dockerfile), path.join(dir, app.dockerfile));
    }
    const { project } = await loadProject({
      workingDir: dir,
      projectName: dnsLabel(path.basename(root)),
      env: {},
    });
    return await kubernetesForProject(project, options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
