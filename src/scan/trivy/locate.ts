import { existsSync } from 'node:fs';
import { ToolError } from '../../errors.js';
import { runProcess, whichProgram } from '../../exec/process.js';

export interface TrivyBinary {
  path: string;
  version: string;
}

export const trivyInstallHint =
  'Install Trivy (https://trivy.dev/latest/getting-started/installation/) and put it on the PATH, ' +
  'set DOCKWRIGHT_TRIVY to its path, or make the image aquasec/trivy available to the engine. ' +
  'Without Trivy, the built-in scanner still gives an inventory, an SBOM and secrets; ' +
  'point DOCKWRIGHT_OSV_DIR at an OSV export for vulnerabilities.';

const knownVersions = new Map<string, Promise<string>>();

/** `trivy --version`, asked once per binary: a busy machine can take seconds to start it. */
export function trivyVersion(path: string): Promise<string> {
  let version = knownVersions.get(path);
  if (!version) {
    version = askVersion(path);
    version.catch(() => knownVersions.delete(path));
    knownVersions.set(path, version);
  }
  return version;
}

async function askVersion(path: string): Promise<string> {
  const result = await runProcess(path, ['--version'], { timeoutMs: 60_000 });
  const match = /Version:\s*(\S+)/.exec(result.stdout);
  if (result.timedOut) {
    throw new ToolError(
      'TIMEOUT',
      `"${path}" did not answer \`--version\` within 60 s.`,
      'Check the machine is not overloaded.',
    );
  }
  if (result.exitCode !== 0 || !match) {
    throw new ToolError(
      'TOOL_UNAVAILABLE',
      `"${path}" did not answer like Trivy (exit ${result.exitCode}).`,
      trivyInstallHint,
    );
  }
  return match[1];
}

/**
 * Finds a Trivy binary: the explicit path, then DOCKWRIGHT_TRIVY, then the PATH.
 * Returns undefined when there is none.
 */
export async function findTrivyBinary(
  explicit?: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<TrivyBinary | undefined> {
  const configured = explicit ?? env.DOCKWRIGHT_TRIVY;
  if (configured && !existsSync(configured)) {
    throw new ToolError(
      'TOOL_UNAVAILABLE',
      `Trivy was configured at "${configured}", which does not exist.`,
      trivyInstallHint,
    );
  }
  const path = configured ?? (await whichProgram('trivy'));
  if (!path) return undefined;
  return { path, version: await trivyVersion(path) };
}
