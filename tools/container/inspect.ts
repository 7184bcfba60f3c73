import { z } from 'zod';
import { formatPorts, shortId } from '../../src/containers/format.js';
import { maskEnvEntry, maskSecretsInText } from '../../src/security/secrets.js';
import { fenceUntrusted } from '../../src/security/untrusted.js';
import { containerRef } from '../../src/toolkit/schemas/refs.js';
import { defineTool } from '../../src/toolkit/tool.js';

const HEALTH_LOG_ENTRIES = 3;

export default defineTool({
  name: 'container_inspect',
  toolset: 'container',
  kind: 'read',
  title: 'Inspect a container',
  description: 'Curated summary of one container, env secrets masked: why it exited or is unhealthy.',
  input: z.object({ container: containerRef }),
  output: z.object({
    id: z.string(),
    name: z.string(),
    image: z.string(),
    status: z.string(),
    exitCode: z.number().int(),
    oomKilled: z.boolean(),
    error: z.string().optional(),
    startedAt: z.string().optional(),
    finishedAt: z.string().optional(),
    restartCount: z.number().int(),
    restartPolicy: z.string().optional(),
    health: z
      .object({
        status: z.string(),
        failingStreak: z.number().int(),
        lastChecks: z.array(z.object({ exitCode: z.number().int(), output: z.string(), end: z.string() })),
      })
      .optional(),
    command: z.array(z.string()),
    user: z.string().optional(),
    ports: z.array(z.string()),
    mounts: z.array(z.string()),
    networks: z.array(z.string()),
    memoryLimitBytes: z.number().optional(),
    cpus: z.number().optional(),
    privileged: z.boolean(),
    env: z.array(z.string()).describe('NAME=value with secret values masked.'),
  }),
  async handle(ctx, input) {
    const c = await ctx.engine.inspectContainer(input.container);
    const health = c.state.health;
    return {
      id: shortId(c.id),
      name: c.name,
      image: c.image,
      status: c.state.status,
      exitCode: c.state.exitCode,
      oomKilled: c.state.oomKilled,
      error: c.state.error,
      startedAt: c.state.startedAt,
      finishedAt: c.state.running ? undefined : c.state.finishedAt,
      restartCount: c.restartCount,
      restartPolicy: c.restartPolicy,
      health: health && {
        status: health.status,
        failingStreak: health.failingStreak,
        lastChecks: health.log.slice(-HEALTH_LOG_ENTRIES).map((l) => ({
          exitCode: l.exitCode,
          end: l.end,
          output: fenceUntrusted('health output', l.output.slice(-1000)),
        })),
      },
      command: [...c.entrypoint, ...c.command].map(maskSecretsInText),
      user: c.user,
      ports: formatPorts(c.ports),
      mounts: c.mounts.map((m) => `${m.type}:${m.source ?? ''}->${m.target}${m.readOnly ? ':ro' : ''}`),
      networks: c.networks,
      memoryLimitBytes: c.memoryLimit,
      cpus: c.nanoCpus ? c.nanoCpus / 1e9 : undefined,
      privileged: c.privileged,
      env: c.env.map(maskEnvEntry),
    };
  },
  summary: (out) =>
    `${out.name}: ${out.status}${out.health ? ` (${out.health.status})` : ''}, exit code ${out.exitCode}` +
    `${out.oomKilled ? ', killed for running out of memory' : ''}, ${out.restartCount} restart(s).`,
});
