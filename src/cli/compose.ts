import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatComposeFinding } from '../compose/format-finding.js';
import { ToolError } from '../errors.js';
import { wholeNumber } from './args.js';
import { formatProgress, formatPs, formatUp } from './compose-display.js';
import { interruptible } from './interrupt.js';

const COMPOSE_HELP = `dockwright compose <up|down|ps|logs|validate> [DIR|FILE] [options]

DIR is the project folder (default: the folder of the first -f file, else .); a FILE
there is the Compose file, as with -f.

  up        Start the project detached and wait until every service is running and
            every healthcheck passes (docker compose v2 if present, else docker-compose v1)
  down      Remove the project's containers and networks (--volumes: and its volumes)
  ps        State, health, restarts, limits and ports of each container (from the engine)
  logs      Tail each service's logs, secrets masked
  validate  Check the file against the Compose Specification and lint it (no engine needed)

Options:
  -f, --file PATH        Compose file (repeatable; default compose.yaml + override)
  -p, --project-name N   Project name
  --profile P            Activate a profile (repeatable)
  --build                up: build images first
  --timeout SECONDS      up: how long to wait for ready (default 180)
  --rollback             up: take the stack down again when it does not become ready
  --volumes              down: also remove volumes (their data is lost)
  --service S            logs: only this service (repeatable)
  --tail N               logs: last N lines (default 100)
  --ignore DCxxx         validate: skip a lint rule (repeatable)
  --json                 Print the result as JSON

Exit codes: 0 ok, 1 not ready / invalid / error findings, 2 bad input or no engine.`;

const STACK_HELP = `dockwright stack <deploy|ps|rm> ...

  deploy [DIR|FILE] [-f FILE] [--name STACK] [--timeout S]   Deploy to Swarm and wait for replicas
  ps STACK                                              Services, replicas and failed tasks
  rm STACK                                              Remove the stack and wait until it is gone

Options: --json prints the result as JSON.`;

const options = {
  file: { type: 'string', short: 'f', multiple: true },
  'project-name': { type: 'string', short: 'p' },
  name: { type: 'string' },
  profile: { type: 'string', multiple: true },
  build: { type: 'boolean' },
  timeout: { type: 'string' },
  rollback: { type: 'boolean' },
  volumes: { type: 'boolean' },
  service: { type: 'string', multiple: true },
  tail: { type: 'string' },
  ignore: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function print(json: boolean | undefined, data: unknown, text: string): void {
  process.stdout.write(`${json ? JSON.stringify(data, null, 2) : text}\n`);
}

/**
 * The positional names the project folder or, as `hadolint FILE` and `docker compose -f FILE`
 * users expect, the Compose file itself (then the project folder is the file's, as Compose has it).
 */
async function projectLocation(
  target: string | undefined,
  files: string[] | undefined,
): Promise<{ workingDir?: string; files?: string[] }> {
  if (target === undefined) return { files };
  const info = await stat(target).catch(() => undefined);
  if (!info)
    throw new ToolError(
      'NOT_FOUND',
      `"${target}" is neither a folder nor a Compose file.`,
      'Pass the project folder or its compose.yaml.',
    );
  return info.isFile() ? { files: [target, ...(files ?? [])] } : { workingDir: target, files };
}

export async function composeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options });
  const [verb, target] = positionals;
  if (values.help || !verb) {
    process.stdout.write(`${COMPOSE_HELP}\n`);
    return values.help ? 0 : 2;
  }
  const load = {
    ...(await projectLocation(target, values.file)),
    projectName: values['project-name'],
    profiles: values.profile,
    env: process.env,
  };
  if (verb === 'validate') {
    const { validateCompose } = await import('../compose/validate.js');
    const report = await validateCompose({ ...load, ignore: values.ignore });
    const all = [...report.errors, ...report.findings];
    print(
      values.json,
      report.project ? { ...report, project: report.project.name } : report,
      [report.valid ? `valid: ${report.project?.name}` : 'not valid', ...all.map(formatComposeFinding)].join(
        '\n',
      ),
    );
    return report.valid && !report.findings.some((f) => f.severity === 'error') ? 0 : 1;
  }
  const { connectEngine } = await import('../engine/index.js');
  const engine = await connectEngine();
  const projectName = async () => {
    if (values['project-name']) return values['project-name'];
    const { loadProject } = await import('../compose/load.js');
    return (await loadProject(load)).project.name;
  };
  const { signal, done } = interruptible();
  try {
    switch (verb) {
      case 'up': {
        const { composeUp } = await import('../compose/up.js');
        const result = await composeUp(
          {
            engine,
            signal,
            onProgress: (change, ready, total) =>
              process.stderr.write(`${formatProgress(change, ready, total)}\n`),
          },
          {
            ...load,
            build: values.build,
            timeoutMs: (wholeNumber(values.timeout, 'timeout') ?? 180) * 1000,
            rollbackOnFailure: values.rollback,
          },
        );
        print(values.json, result, formatUp(result));
        return result.ok ? 0 : result.outcome === 'cancelled' ? 130 : 1;
      }
      case 'down': {
        const { composeDown } = await import('../compose/down.js');
        const result = await composeDown({ engine, signal }, { ...load, volumes: values.volumes });
        print(
          values.json,
          result,
          result.ok
            ? `project ${result.project} is down`
            : `project ${result.project} left: ${JSON.stringify(result.leftovers)}`,
        );
        return result.ok ? 0 : 1;
      }
      case 'ps': {
        const { projectStatus } = await import('../compose/status.js');
        const name = await projectName();
        const states = await projectStatus(engine, name);
        print(values.json, { project: name, services: states }, formatPs(name, states));
        return 0;
      }
      case 'logs': {
        const { projectLogs } = await import('../compose/logs.js');
        const logs = await projectLogs(engine, {
          projectName: await projectName(),
          services: values.service,
          tail: wholeNumber(values.tail, 'tail') ?? 100,
        });
        print(values.json, logs, logs.map((l) => `== ${l.service} (${l.container})\n${l.text}`).join('\n'));
        return 0;
      }
      default:
        throw new ToolError(
          'INVALID_ARGUMENT',
          `Unknown compose command "${verb}".`,
          'Use up, down, ps, logs or validate.',
        );
    }
  } finally {
    done();
  }
}

export async function stackCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options });
  const [verb, target] = positionals;
  if (values.help || !verb) {
    process.stdout.write(`${STACK_HELP}\n`);
    return values.help ? 0 : 2;
  }
  const [{ connectEngine }, swarm, { stackStatus }] = await Promise.all([
    import('../engine/index.js'),
    import('../compose/swarm.js'),
    import('../compose/stack-status.js'),
  ]);
  const engine = await connectEngine();
  const { signal, done } = interruptible();
  try {
    if (verb === 'deploy') {
      const result = await swarm.deployStack(
        {
          engine,
          signal,
          onProgress: (s) =>
            process.stderr.write(
              `${s.services.map((x) => `${x.name} ${x.running}/${x.desired}`).join(', ')}\n`,
            ),
        },
        {
          ...(await projectLocation(target, values.file)),
          stackName: values.name,
          env: process.env,
          timeoutMs: (wholeNumber(values.timeout, 'timeout') ?? 180) * 1000,
        },
      );
      const ignored = result.ignored.map(
        (i) => `ignored by Swarm: services.${i.service}.${i.key} (${i.reason})`,
      );
      print(
        values.json,
        result,
        [
          `stack ${result.stack}: ${result.outcome}`,
          ...result.services.map((s) => `  ${s.name} ${s.running}/${s.desired}`),
          ...ignored,
        ].join('\n'),
      );
      return result.ok ? 0 : 1;
    }
    if (!target)
      throw new ToolError(
        'INVALID_ARGUMENT',
        `dockwright stack ${verb} needs a stack name.`,
        `Run dockwright stack ${verb} NAME.`,
      );
    await swarm.requireSwarmManager(engine);
    if (verb === 'ps') {
      const status = await stackStatus(target, signal);
      const problems = status.problems.map((t) => `  task ${t.name}: ${t.currentState} ${t.error}`);
      print(
        values.json,
        status,
        [
          `stack ${target}${status.converged ? ' (converged)' : ''}`,
          ...status.services.map((s) => `  ${s.name} ${s.running}/${s.desired} ${s.ports}`),
          ...problems,
        ].join('\n'),
      );
      return 0;
    }
    if (verb === 'rm') {
      const result = await swarm.removeStack(engine, target, 60_000, signal);
      print(
        values.json,
        result,
        result.ok ? `stack ${target} removed` : `stack ${target} left: ${JSON.stringify(result.leftovers)}`,
      );
      return result.ok ? 0 : 1;
    }
    throw new ToolError('INVALID_ARGUMENT', `Unknown stack command "${verb}".`, 'Use deploy, ps or rm.');
  } finally {
    done();
  }
}
