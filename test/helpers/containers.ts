import { afterAll, beforeAll } from 'vitest';
import { removeLabelled, requireImage, TEST_LABELS, uniqueName } from './docker.js';
import { connectInMemory, type TestClient } from './mcp.js';

export interface Httpd {
  mcp: TestClient;
  name: string;
  port: number;
  cleanup(): Promise<void>;
}

/** A connected client and a busybox container running `httpd`, removed afterwards by label. */
export async function withHttpd(): Promise<Httpd> {
  await requireImage('busybox:latest');
  const mcp = await connectInMemory();
  const name = uniqueName('dw-httpd');
  const run = await mcp.ok<{ ports: string[] }>('container_run', {
    image: 'busybox:latest',
    name,
    command: [
      'sh',
      '-c',
      'mkdir -p /www && echo "hello from dockwright" > /www/index.html && httpd -f -v -p 80 -h /www',
    ],
    ports: [{ container: 80 }],
    labels: TEST_LABELS,
    env: { GREETING: 'hi', DB_PASSWORD: 'hunter2-very-secret' },
    waitHealthy: true,
  });
  const port = Number(/127\.0\.0\.1:(\d+)->80/.exec(run.ports.join(' '))?.[1]);
  return {
    mcp,
    name,
    port,
    async cleanup() {
      await mcp.close();
      await removeLabelled();
    },
  };
}

/** One httpd container for the tests of a describe block: started before them, removed after. */
export function useHttpd(): Httpd {
  const httpd = {} as Httpd;
  beforeAll(async () => {
    Object.assign(httpd, await withHttpd());
  });
  afterAll(() => httpd.cleanup?.());
  return httpd;
}
