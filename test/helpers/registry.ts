import { requireEngine, requireImage, TEST_RUN } from './docker.js';
import { connectInMemory } from './mcp.js';

export const REGISTRY = '127.0.0.1:5000';

/** Fails with instructions when the local registry of scripts/test-env.sh is not answering. */
export async function requireRegistry(): Promise<void> {
  try {
    const response = await fetch(`http://${REGISTRY}/v2/`);
    if (response.ok) return;
  } catch {}
  throw new Error(`No registry answers on ${REGISTRY}. Run \`bash scripts/test-env.sh\` to start one.`);
}

/** Pushes busybox to the local registry under a name unique to this run and returns it. */
export async function pushedBusybox(
  tag = TEST_RUN,
): Promise<{ image: string; digest: string; cleanup(): Promise<void> }> {
  await requireRegistry();
  await requireImage('busybox:latest');
  const image = `${REGISTRY}/dw-test/busybox:${tag}`;
  const mcp = await connectInMemory();
  await mcp.ok('image_tag', { image: 'busybox:latest', target: image });
  const pushed = await mcp.ok<{ digest: string }>('image_push', { image });
  await mcp.close();
  return {
    image,
    digest: pushed.digest,
    async cleanup() {
      const docker = await requireEngine();
      await docker.removeImage(image).catch(() => {});
    },
  };
}
