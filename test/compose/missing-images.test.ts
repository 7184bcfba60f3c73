import { describe, expect, it } from 'vitest';
import { missingImages } from '../../src/compose/missing-images.js';
import type { ComposeProject } from '../../src/compose/model.js';
import { withObjectKinds } from '../../src/engine/object-kinds.js';
import type { ImageDetails } from '../../src/engine/types.js';
import { fakeEngine } from '../helpers/fake-engine.js';

const project = {
  model: {
    services: {
      web: { image: 'nosuch.example/team/web:1' },
      hub: { image: 'nosuchimage:2' },
      db: { image: 'postgres:16' },
      app: { image: 'app:dev', build: { context: '.' } },
    },
  },
} as unknown as ComposeProject;
const services = ['web', 'hub', 'db', 'app'];
// The engine has postgres:16 only; the wrapper turns its 404 into NOT_FOUND as in the server.
const engine = withObjectKinds(
  fakeEngine({
    inspectImage: async (ref: string) => {
      if (ref === 'postgres:16') return { id: 'sha256:p' } as ImageDetails;
      throw Object.assign(new Error(`(HTTP code 404) No such image: ${ref}`), { statusCode: 404 });
    },
  }),
);

describe('missingImages', () => {
  it.each([
    [
      'Compose v1',
      'Pulling web (nosuch.example/team/web:1)...\nGet "https://nosuch.example/v2/": no such host',
      ['web'],
    ],
    [
      'Compose v2',
      ' web Error\nError response from daemon: Get "https://nosuch.example/v2/": dial tcp: no such host',
      ['web'],
    ],
    ['Docker Hub', 'pull access denied for nosuchimage, repository does not exist', ['hub']],
  ])('names the service whose image the %s output speaks of', async (_, output, expected) => {
    expect((await missingImages(engine, project, services, output)).map((m) => m.service)).toEqual(expected);
  });

  it('blames no image for a failure that is not about one, nor a service that builds its own', async () =>
    expect(
      await missingImages(
        engine,
        project,
        services,
        'Bind for 127.0.0.1:8080 failed: port is already allocated app:dev',
      ),
    ).toEqual([]));
});
