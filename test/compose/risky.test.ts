import path from 'node:path';
import { expect, it } from 'vitest';
import { validateCompose } from '../../src/compose/validate.js';

it('finds every risk in the risky file, each with its path and line', async () => {
  const report = await validateCompose({
    files: [path.join(import.meta.dirname, 'fixtures/risky/compose.yaml')],
    env: {},
  });
  expect(report.valid).toBe(true);
  const found = report.findings.map((f) => `${f.code} ${f.path} ${f.line}`).sort();
  expect(found).toEqual(
    [
      'DC001 version 1',
      'DC002 services.web.depends_on.db 10',
      'DC003 services.db 12',
      'DC003 services.web 3',
      'DC004 services.db.environment.POSTGRES_PASSWORD 15',
      'DC005 services.db.image 13',
      'DC005 services.web.image 4',
      'DC006 services.web.privileged 5',
      'DC007 services.web.volumes[0] 8',
      'DC008 services.web.network_mode 6',
      'DC009 services.db.ports[0] 17',
      'DC010 services.db 12',
      'DC010 services.web 3',
      'DC011 services.db.volumes[0] 19',
    ].sort(),
  );
});
