import { connectEngine } from '../../src/engine/index.js';
import type { DockerEngine } from '../../src/engine/types.js';

/** Everything a test creates carries this label and is removed by it. */
export const TEST_LABEL = 'dockwright.test';
/** Test files run in parallel: each removes only what its own process made. */
export const TEST_RUN = `${process.pid}-${Date.now().toString(36)}`;
export const TEST_LABELS = { [TEST_LABEL]: '1', 'dockwright.test.run': TEST_RUN };

const HOW_TO_START =
  'These tests need a real Docker Engine. Run `bash scripts/test-env.sh` (installs and starts dockerd, makes the ' +
  'stand-in base images and a local registry), or point DOCKER_HOST at a running engine.';

let engine: Promise<DockerEngine> | undefined;

/** The real engine; fails the test (never skips it) with instructions when none answers. */
export function requireEngine(): Promise<DockerEngine> {
  engine ??= (async () => {
    const real = await connectEngine();
    try {
      await real.facts();
    } catch (error) {
      throw new Error(`${HOW_TO_START}\n(${(error as Error).message})`);
    }
    return real;
  })();
  return engine;
}

/** Fails with a clear message when a stand-in base image is missing. */
export async function requireImage(ref: string): Promise<void> {
  const docker = await requireEngine();
  try {
    await docker.inspectImage(ref);
  } catch {
    throw new Error(`The stand-in image "${ref}" is missing. ${HOW_TO_START}`);
  }
}

/** Removes every container, network and volume with the test label (and images when asked). */
export async function removeLabelled(
  label = `dockwright.test.run=${TEST_RUN}`,
  images = false,
): Promise<void> {
  const docker = await requireEngine();
  const filters = { label: [label] };
  for (const c of await docker.listContainers({ all: true, filters })) {
    await docker.removeContainer(c.id, { force: true, volumes: true }).catch(() => {});
  }
  for (const n of await docker.listNetworks({ filters })) await docker.removeNetwork(n.id).catch(() => {});
  for (const v of await docker.listVolumes({ filters }))
    await docker.removeVolume(v.name, { force: true }).catch(() => {});
  if (images) {
    for (const i of await docker.listImages({ filters }))
      await docker.removeImage(i.id, { force: true }).catch(() => {});
  }
}

/** Names that do not collide between parallel test files or runs. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}
