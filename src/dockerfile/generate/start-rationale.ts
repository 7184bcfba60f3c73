import type { ProjectPlan } from '../../project/types.js';
import { parseDockerfile } from '../parse/parse.js';
import { execFormArray } from '../parse/words.js';
import type { Rationale } from './dockerfile-builder.js';

/**
 * Why the image starts the way it does: where the command came from and, where a builder
 * such as Railpack would start the app differently (`npm run start`, a start script, a
 * migration first), why this one does not.
 */
export function startRationale(plan: ProjectPlan, dockerfile: string): Rationale {
  const command = finalStartCommand(dockerfile);
  const reasons = [plan.startCommand ? `From ${plan.startCommand.source}.` : sourceOfImageCommand(plan)];
  const source = plan.startCommand?.source ?? '';
  if (
    source.startsWith('package.json#scripts') &&
    !/^(npm|pnpm|yarn|bun) /.test(plan.startCommand?.value ?? '')
  )
    reasons.push(
      'Run directly rather than through the package manager’s run command, so SIGTERM reaches the app and no package-manager process stays in memory.',
    );
  if (COMPILED.has(plan.language.value))
    reasons.push(
      'The build output is copied into the runtime stage and started directly, so arguments given to docker run reach it.',
    );
  if (plan.framework?.value === 'Django')
    reasons.push(
      'Migrations do not run at start (replicas would race): run `python manage.py migrate` once per release, e.g. `docker compose run --rm app python manage.py migrate`.',
    );
  if (/^bundle exec /.test(command)) reasons.push('bundle exec loads exactly the gems Gemfile.lock names.');
  if (/^deno run /.test(command) && !command.includes('--allow-all'))
    reasons.push(
      'Permissions limited to what a web app needs (network, environment, reading files), not --allow-all.',
    );
  if (/^flask /.test(plan.startCommand?.value ?? ''))
    reasons.push(
      'Flask’s own server, since gunicorn is not a dependency; add gunicorn and start with it for production traffic.',
    );
  return { choice: `start: ${command}`, why: reasons.join(' ') };
}

const COMPILED = new Set(['go', 'rust', 'cpp', 'gleam', 'csharp', 'fsharp', 'java']);

function sourceOfImageCommand(plan: ProjectPlan): string {
  if (plan.language.value === 'php')
    return 'The PHP image’s Apache in the foreground (mod_php serves the app): no start script is needed.';
  if (plan.language.value === 'elixir') return 'The start script of the mix release, copied to /app/bin.';
  if (plan.language.value === 'static')
    return 'Caddy serves the built files (fallback, compression, cache headers).';
  if (plan.language.value === 'gleam')
    return 'The entrypoint script of `gleam export erlang-shipment`, copied to /app.';
  return 'The program the build stage produced.';
}

/** The final stage's ENTRYPOINT and CMD as one command line, as `docker run` would start it. */
function finalStartCommand(dockerfile: string): string {
  const instructions = parseDockerfile(dockerfile).stages.at(-1)?.instructions ?? [];
  const argv = (keyword: string) => {
    const args = instructions.filter((i) => i.keyword === keyword).at(-1)?.args;
    return args === undefined ? [] : (execFormArray(args) ?? [args]);
  };
  let words = [...argv('ENTRYPOINT'), ...argv('CMD')];
  // tini only passes signals on: the app's own command is what follows it.
  if (/(^|\/)tini$/.test(words[0] ?? '') && words[1] === '--') words = words.slice(2);
  if (words[0] === 'sh' && words[1] === '-c') return words[2].replace(/(^|&& )exec /, '$1');
  return words.join(' ') || '(the base image’s command)';
}
