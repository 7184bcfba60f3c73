// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are Compose variable references, not templates.
// compose validate must answer every YAML value with findings, never with an exception:
// wrong-typed values at every top-level and service key, and nested under the keys Compose knows.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { serviceShape } from '../../src/compose/schema/service.js';
import { topLevelShape } from '../../src/compose/schema/top-level.js';
import { type ValidationReport, validateCompose } from '../../src/compose/validate.js';

const RUNS = 10_000;

/** Keys that appear inside service and top-level values, so nested wrong types get exercised too. */
const NESTED_KEYS = [
  'target',
  'published',
  'host_ip',
  'protocol',
  'mode',
  'source',
  'type',
  'read_only',
  'bind',
  'volume',
  'tmpfs',
  'size',
  'test',
  'interval',
  'timeout',
  'retries',
  'start_period',
  'disable',
  'resources',
  'limits',
  'reservations',
  'memory',
  'cpus',
  'devices',
  'condition',
  'required',
  'restart',
  'context',
  'dockerfile',
  'args',
  'secrets',
  'ssh',
  'cache_from',
  'aliases',
  'ipv4_address',
  'priority',
  'driver',
  'driver_opts',
  'options',
  'external',
  'name',
  'file',
  'uid',
  'gid',
  'restart_policy',
  'placement',
  'constraints',
  'replicas',
  'update_config',
  'labels',
  'path',
  'service',
  'ipam',
  'config',
  'subnet',
  'environment',
  'content',
  'x-extra',
  'default',
];

const scalar = fc.oneof(
  fc.integer({ min: -70_000, max: 70_000 }),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    '80',
    '80:80',
    '127.0.0.1:80:80/tcp',
    'a:b:c:d',
    '-1',
    '1-2-3',
    '9229',
    'default',
    'host',
    'none',
    '.',
    '/',
    '${UNSET}',
    '${UNSET:?}',
    '$$',
    '0x10',
    '1e3',
    'true',
    '~',
    '[a]',
    '{a: 1}',
    'service:x',
    'container:y',
    '/var/run/docker.sock:/s',
    'service_healthy',
    'CMD',
    'NONE',
    '30s',
    '1gb',
  ),
);

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map'), tie('known')),
  list: fc.array(tie('any'), { maxLength: 3 }),
  map: fc.dictionary(fc.string({ maxLength: 6 }), tie('any'), { maxKeys: 3 }),
  known: fc.dictionary(fc.constantFrom(...NESTED_KEYS), tie('any'), { maxKeys: 4 }),
})).any;

const SERVICE_KEYS = Object.keys(serviceShape);
const TOP_LEVEL_KEYS = Object.keys(topLevelShape);

/** A file with one odd value: under a service key, a top-level key, or as a whole service. */
const composeDocument = fc.oneof(
  fc.record({ key: fc.constantFrom(...SERVICE_KEYS), odd: value }).map(({ key, odd }) => ({
    services: { app: { image: 'busybox:1.36', [key]: odd }, db: { image: 'busybox:1.36' } },
  })),
  fc.record({ key: fc.constantFrom(...TOP_LEVEL_KEYS), odd: value }).map(({ key, odd }) => ({
    services: { app: { image: 'busybox:1.36' } },
    [key]: odd,
  })),
  fc
    .record({ name: fc.string({ maxLength: 8 }), odd: value })
    .map(({ name, odd }) => ({ services: { [name]: odd } })),
  fc
    .dictionary(fc.constantFrom(...SERVICE_KEYS), value, { maxKeys: 4 })
    .map((spec) => ({ services: { app: spec } })),
);

async function validateText(dir: string, text: string): Promise<ValidationReport> {
  writeFileSync(path.join(dir, 'compose.yaml'), text);
  return validateCompose({ workingDir: dir, env: {} });
}

function expectAnswered(report: ValidationReport): void {
  expect(typeof report.valid).toBe('boolean');
  if (!report.valid) expect(report.errors.length).toBeGreaterThan(0);
  for (const finding of [...report.errors, ...report.findings])
    expect(finding.message.length).toBeGreaterThan(0);
}

describe('compose validate on wrong-typed values', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dockwright-validate-property-'));

  // Each of these threw a TypeError (or a ToolError naming service "undefined") before.
  it.each([
    ['ports: 80', 'services.app.ports'],
    ['ports: {a: 1}', 'services.app.ports'],
    ['ports: true', 'services.app.ports'],
    ['ports: 8.5', 'services.app.ports'],
    ['networks: 5', 'services.app.networks'],
    ['networks: "n"', 'services.app.networks'],
    ['networks: true', 'services.app.networks'],
    ['networks: 1.5', 'services.app.networks'],
    ['extends: 5', 'services.app.extends'],
    ['extends: {file: 5, service: db}', 'services.app.extends.file'],
    // Found by the property test in a CI run (seed -994108575): a folder read as an env file.
    ['env_file: "~"', 'services.app.env_file'],
    ['env_file: "."', 'services.app.env_file'],
  ])('reports %s as an error at %s instead of throwing', async (line, at) => {
    const report = await validateText(dir, `services:\n  app:\n    image: busybox:1.36\n    ${line}\n`);
    expect(report.valid).toBe(false);
    expect(report.errors.map((e) => e.path)).toContain(at);
    expect(report.errors.find((e) => e.path === at)?.line).toBe(4);
  });

  it.each([
    ['an empty file', '', ''],
    ['a file of comments', '# nothing yet\n', ''],
    ['services: with no value', 'services:\n', 'services'],
    ['an empty services mapping', 'services: {}\n', 'services'],
    ['services that is a number', 'services: 5\n', 'services'],
    ['only networks', 'networks:\n  front: {}\n', 'services'],
  ])('rejects %s with a clear error', async (_what, text, at) => {
    const report = await validateText(dir, text);
    expect(report.valid).toBe(false);
    expect(report.errors.map((e) => e.path)).toContain(at);
    expect(report.errors.map((e) => e.message).join('\n')).toMatch(/service/);
  });

  it(`answers ${RUNS} generated files with findings, never an exception`, async () => {
    const started = performance.now();
    const keysTried = new Set<string>();
    await fc.assert(
      fc.asyncProperty(composeDocument, async (doc) => {
        for (const key of Object.keys(doc)) keysTried.add(key);
        const app = (doc.services as Record<string, unknown> | null)?.app;
        if (app && typeof app === 'object')
          for (const key of Object.keys(app)) keysTried.add(`services.app.${key}`);
        expectAnswered(await validateText(dir, stringify(doc)));
      }),
      // A fixed seed: CI runs the same 10,000 files each time; new finds become regression rows above.
      { numRuns: RUNS, seed: 7 },
    );
    console.log(
      `compose validate property: ${RUNS} inputs in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const untried = [...TOP_LEVEL_KEYS, ...SERVICE_KEYS.map((key) => `services.app.${key}`)].filter(
      (key) => !keysTried.has(key),
    );
    expect(untried, 'keys the generator never tried').toEqual([]);
  }, 600_000);
});
