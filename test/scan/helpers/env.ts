import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const stateDir = process.env.DOCKWRIGHT_TEST_STATE ?? '/tmp/dockwright-test-env';

function fromStateFile(name: string, envName: string, what: string): string {
  const fromEnv = process.env[envName];
  if (fromEnv) return fromEnv;
  const file = path.join(stateDir, name);
  const value = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (!value || !existsSync(value)) {
    throw new Error(
      `${what} is not installed: run scripts/test-env.sh (it writes ${file}), or set ${envName}.`,
    );
  }
  return value;
}

/** The Trivy binary the test environment installed. */
export const trivyPath = () => fromStateFile('trivy-path', 'DOCKWRIGHT_TRIVY', 'Trivy');

/** The SARIF 2.1.0 JSON schema the test environment installed. */
export const sarifSchemaPath = () =>
  fromStateFile('sarif-schema-path', 'DOCKWRIGHT_SARIF_SCHEMA', 'The SARIF schema');

export const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** Trivy's own golden reports, shared beside the repository. */
export const trivyReportsDir = path.resolve(repoRoot, '../shared/trivy');

let compiled: Promise<import('ajv').ValidateFunction> | undefined;

/** A validator for the SARIF 2.1.0 schema (draft 2020-12), compiled once per test file. */
export function sarifValidator() {
  compiled ??= import('ajv/dist/2020.js').then(({ Ajv2020 }) => {
    const schema = JSON.parse(readFileSync(sarifSchemaPath(), 'utf8'));
    return new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
  });
  return compiled;
}
