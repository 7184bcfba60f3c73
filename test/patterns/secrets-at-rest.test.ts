import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempStores } from './temp-store.js';

const stores = useTempStores();

const SECRETS = [
  'hunter2-db-pass',
  'ghp_Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lz9Xc8',
  'sk-live-9f8e7d6c5b4a3928',
  'cache-pw-77',
];

const dockerfile = `FROM node:22-bookworm-slim
ARG NPM_TOKEN=${SECRETS[1]}
ENV DB_PASSWORD=${SECRETS[0]} \\
    PORT=3000
ENV OPENAI_API_KEY ${SECRETS[2]}
USER node
CMD ["node", "server.js"]
`;
const compose = `services:\n  app:\n    environment:\n      - REDIS_URL=redis://app:${SECRETS[3]}@cache:6379\n`;

/** Every byte SQLite wrote for this store: the database, its WAL and shared-memory files. */
function storeBytes(path: string): string {
  const dir = dirname(path);
  return readdirSync(dir)
    .map((file) => readFileSync(join(dir, file)).toString('latin1'))
    .join('');
}

describe('secrets', () => {
  it('never reach the store file, through recording or saving', async () => {
    const path = join(stores.directory(), 'patterns.db');
    const store = await stores.open(path);
    const { id } = await store.recordTrial({
      dockerfile,
      compose,
      stack: {},
      outcome: 'built',
      evidence: {},
      notes: `token=${SECRETS[2]}`,
    });
    await store.save({ title: 'Saved copy', dockerfile: `${dockerfile}EXPOSE 3000\n`, compose });
    const pattern = store.get(id!);
    expect(pattern.dockerfile).toContain('ENV DB_PASSWORD=**** \\\n    PORT=3000');
    expect(pattern.dockerfile).toContain('ENV OPENAI_API_KEY ****');
    expect(pattern.compose).toContain('redis://app:****@cache:6379');
    const bytes = storeBytes(path);
    expect(bytes).toContain('PORT=3000');
    for (const secret of SECRETS) expect(bytes).not.toContain(secret);
  });

  it('in the form of a private key make the whole record refused, leaving nothing behind', async () => {
    const path = join(stores.directory(), 'patterns.db');
    const store = await stores.open(path);
    const before = store.count();
    const withKey = `${dockerfile}RUN printf '%s' '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA' > /k\n`;
    await expect(
      store.recordTrial({ dockerfile: withKey, stack: {}, outcome: 'built', evidence: {} }),
    ).rejects.toThrow(
      expect.objectContaining({ code: 'REFUSED', message: expect.stringMatching(/private key/) }),
    );
    await expect(store.save({ title: 'k', dockerfile, notes: withKey })).rejects.toThrow(
      expect.objectContaining({ code: 'REFUSED' }),
    );
    expect(store.count()).toBe(before);
    expect(storeBytes(path)).not.toContain('b3BlbnNzaC1rZXktdjEAAAAA');
  });
});
