import { readFileSync, statSync } from 'node:fs';
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
      const kind = statSync(absolute, { throwIfNoEntry: false });
      if (kind?.isFile()) {
        Object.assign(fromFiles, parseDotenv(readFileSync(absolute, 'utf8')));
      } else if (required || kind) {
        // A folder (env_file: "~" is $HOME) is as unusable as a missing file.
        const where = locate(sourceMap, at);
        findings.push({
          code: 'reference',
          severity: 'error',
          path: at,
          message: `${at} names "${file}", which ${kind ? 'is not a file' : 'does not exist'}`,
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
