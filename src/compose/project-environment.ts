import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ToolError } from '../errors.js';
import { parseProjectDotenv } from './dotenv.js';

/**
 * The environment a project is interpolated with: its `.env` (or the env files given), under
 * `options.env` (which wins, as in Compose). Every file is read through `allowRead`.
 */
export function projectEnvironment(
  workingDir: string,
  options: {
    env?: Record<string, string | undefined>;
    envFiles?: string[];
    reservedDotenvNames?: readonly string[];
  },
  allowRead: (file: string) => string,
): Record<string, string | undefined> {
  const base = options.env ?? process.env;
  const envFiles = options.envFiles?.map((f) => path.resolve(workingDir, f)) ?? [
    path.join(workingDir, '.env'),
  ];
  const fromFiles: Record<string, string> = {};
  for (const file of envFiles.map(allowRead)) {
    if (existsSync(file)) {
      const values = parseProjectDotenv(readFileSync(file, 'utf8'), { ...fromFiles, ...base }, file);
      const reserved = options.reservedDotenvNames?.find((name) => name in values);
      if (reserved)
        throw new ToolError(
          'REFUSED',
          `Refused: ${file} sets ${reserved}, which would make the Compose CLI talk to another engine than dockwright's.`,
          `Remove ${reserved} from that file; dockwright uses the engine it was started with.`,
        );
      Object.assign(fromFiles, values);
    } else if (options.envFiles)
      throw new ToolError('NOT_FOUND', `Env file ${file} does not exist.`, 'Check the path.');
  }
  return { ...fromFiles, ...base };
}
