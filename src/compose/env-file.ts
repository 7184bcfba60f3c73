import { existsSync, readFileSync } from 'node:fs';
import { parseDotenv } from './dotenv.js';
import { resolveHostPath } from './host-paths.js';
import { atKey } from './located-error.js';
import type { ComposeFinding, ComposeModel } from './model.js';
import { childPath, locate, type SourceMap } from './yaml-source.js';

type EnvFileEntry = string | { path: string; required?: boolean };

/** Reads each service's `env_file`s into its environment (values written in `environment` win). */
export function readEnvFiles(
  model: ComposeModel,
  raw: Record<string, unknown>,
  workingDir: string,
  sourceMap: SourceMap,
  home: string,
  allowRead: (file: string) => string = (file) => file,
): ComposeFinding[] {
  const findings: ComposeFinding[] = [];
  const services = (raw.services as Record<string, Record<string, unknown>>) ?? {};
  for (const [name, spec] of Object.entries(services)) {
    if (!spec?.env_file) continue;
    const entries = (Array.isArray(spec.env_file) ? spec.env_file : [spec.env_file]) as EnvFileEntry[];
    const fromFiles: Record<string, string> = {};
    entries.forEach((entry, index) => {
      const { path: file, required = true } = typeof entry === 'string' ? { path: entry } : entry;
      const at = Array.isArray(spec.env_file)
        ? childPath(`services.${name}.env_file`, index)
        : `services.${name}.env_file`;
      const absolute = atKey(sourceMap, at, () => allowRead(resolveHostPath(file, workingDir, home)));
      if (existsSync(absolute)) {
        Object.assign(fromFiles, parseDotenv(readFileSync(absolute, 'utf8')));
      } else if (required) {
        const where = locate(sourceMap, at);
        findings.push({
          code: 'reference',
          severity: 'error',
          path: at,
          message: `${at} names "${file}", which does not exist`,
          file: where?.file,
          line: where?.line,
        });
      }
    });
    const service = model.services[name];
    if (service) service.environment = { ...fromFiles, ...service.environment };
  }
  return findings;
}
