import { allowedEnvironment } from '../security/environment.js';

/**
 * What the Compose and docker CLIs need to find the engine and their config, and nothing
 * secret: these are also visible to interpolation, so the model we check is the one the
 * CLI resolves.
 */
const CLI_VARIABLES = ['PATH', 'HOME'];

/**
 * Where the CLI finds the engine. Security: Compose v1 also reads these from the project's
 * .env, so a repository could send its build contexts and containers to another engine.
 */
export const ENGINE_VARIABLES = [
  'DOCKER_HOST',
  'DOCKER_CONTEXT',
  'DOCKER_CONFIG',
  'DOCKER_TLS_VERIFY',
  'DOCKER_CERT_PATH',
];

/**
 * Security: the environment Compose files are interpolated with and the CLI runs with:
 * the CLI's own variables plus those the user allowed (--allow-env). The project's .env
 * comes on top of this when the project is loaded.
 */
export function composeEnvironment(
  allowEnv: readonly string[],
  source: Record<string, string | undefined> = process.env,
): Record<string, string> {
  return allowedEnvironment([...CLI_VARIABLES, ...ENGINE_VARIABLES, ...allowEnv], source);
}
