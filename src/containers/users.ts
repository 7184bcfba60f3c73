import type { DockerEngine } from '../engine/types.js';

/** Containers (name and state) that mount the given volume. */
export async function containersUsingVolume(engine: DockerEngine, volume: string) {
  const list = await engine.listContainers({ all: true, filters: { volume: [volume] } });
  return list.map((c) => ({ name: c.name, state: c.state }));
}
