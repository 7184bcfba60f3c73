import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineFailure, fakeEngine } from '../helpers/fake-engine.js';
import { connectInMemory, type TestClient } from '../helpers/mcp.js';

// The built server with an engine that fails the way dockerode does: the engine names the kind
// of object that is missing, and the tool layer turns it into a hint that names a tool.
describe('engine failures reach the model as errors with the next step (fake engine)', () => {
  let mcp: TestClient;
  beforeAll(async () => {
    mcp = await connectInMemory({
      engine: fakeEngine({
        async createContainer(spec) {
          throw engineFailure(404, `No such image: ${spec.image}`);
        },
        async removeContainer(id) {
          throw engineFailure(409, `You cannot remove a running container ${id}. Stop the container first`);
        },
        async listVolumes() {
          throw Object.assign(new Error('connect ECONNREFUSED /var/run/docker.sock'), {
            code: 'ECONNREFUSED',
          });
        },
      }),
    });
  });
  afterAll(() => mcp.close());

  it('a missing image in container_run points to image_list, not container_list', async () => {
    const text = await mcp.fails('container_run', { image: 'nope-one-source:1' });
    expect(text).toMatch(/^\[NOT_FOUND\] createContainer: No such image: nope-one-source:1\./);
    expect(text).toContain('Next: See image_list');
    expect(text).not.toContain('container_list');
  });

  it('each kind of missing object names the tool that lists that kind', async () => {
    expect(await mcp.fails('container_inspect', { container: 'gone' })).toMatch(
      /\[NOT_FOUND\] inspectContainer "gone": .*\nNext: See container_list/,
    );
    expect(await mcp.fails('network_inspect', { network: 'gone' })).toContain('Next: See network_list');
    expect(await mcp.fails('volume_inspect', { volume: 'gone' })).toContain('Next: See volume_list');
    expect(await mcp.fails('image_inspect', { image: 'gone:1' })).toContain('Next: See image_list');
    expect(await mcp.fails('image_pull', { image: 'example.invalid/gone:1' })).toContain('registry_tags');
  });

  it('a conflict says what is in the way', async () => {
    const text = await mcp.fails('container_remove', { container: 'busy', confirm: true });
    expect(text).toMatch(/^\[CONFLICT\] removeContainer "busy": You cannot remove a running container/);
    expect(text).toContain('Next: Stop or remove what is in the way');
  });

  it('an engine that does not answer says how to start one', async () => {
    const text = await mcp.fails('volume_list', {});
    expect(text).toMatch(/^\[DOCKER_UNAVAILABLE\] Cannot reach the Docker Engine/);
    expect(text).toContain('Start Docker');
  });
});
