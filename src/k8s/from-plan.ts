import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCompose } from '../compose/generate/generate-compose.js';
import { loadProject } from '../compose/load.js';
import { generateDockerfile } from '../dockerfile/generate/generate-dockerfile.js';
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
