import { z } from 'zod';
import { formatPorts, ownLabels, shortId } from '../../src/containers/format.js';
import { containerHealthCheck } from '../../src/containers/health-check.js';
import { explainNotReady, START_GRACE_MS, waitForContainer } from '../../src/containers/wait.js';
import type { ContainerSpec } from '../../src/engine/types.js';
import { ToolError } from '../../src/errors.js';
import { enforceRunPolicy } from '../../src/security/run-policy.js';
import { imageRef } from '../../src/toolkit/schemas/refs.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'container_run',
  toolset: 'container',
  kind: 'write',
  title: 'Run a container',
  description:
    'Create and start a container (detached); ports bind to 127.0.0.1 by default. waitHealthy verifies ' +
    'it started and removes a failed one.',
  input: z.object({
    image: imageRef,
    name: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/)
      .optional(),
    command: z.array(z.string()).optional(),
    entrypoint: z.array(z.string()).optional(),
    env: z.record(z.string(), z.string()).optional(),
    ports: z
      .array(
        z.object({
          container: z.number().int().min(1).max(65535),
          host: z.number().int().min(0).max(65535).optional().describe('0 or absent: a free port.'),
          hostIp: z.string().default('127.0.0.1').describe('0.0.0.0 exposes it on the network.'),
          protocol: z.enum(['tcp', 'udp']).default('tcp'),
        }),
      )
      .optional(),
    mounts: z
      .array(
        z.object({
          type: z.enum(['bind', 'volume', 'tmpfs']),
          source: z.string().optional().describe('Workspace path or volume name.'),
          target: z.string().startsWith('/'),
          readOnly: z.boolean().default(false),
        }),
      )
      .optional(),
    memoryMb: z.number().positive().optional(),
    cpus: z.number().positive().max(256).optional(),
    restart: z.enum(['no', 'always', 'unless-stopped', 'on-failure']).default('no'),
    labels: z.record(z.string(), z.string()).optional(),
    user: z.string().optional(),
    workdir: z.string().optional(),
    network: z.string().optional(),
    pid: z.enum(['host']).optional(),
    privileged: z.boolean().default(false),
    capAdd: z.array(z.string()).optional(),
    readOnlyRootfs: z.boolean().default(false),
    healthcheck: z
      .object({
        test: z.array(z.string()).min(1).describe('e.g. ["CMD", "wget", "-qO-", "http://localhost/"]'),
        intervalSeconds: z.number().positive().default(5),
        timeoutSeconds: z.number().positive().default(3),
        retries: z.number().int().min(1).default(3),
        startPeriodSeconds: z.number().min(0).default(0),
      })
      .optional(),
    waitHealthy: z
      .boolean()
      .default(false)
      .describe('Runs its healthcheck at once; without one, watches 2 s for a crash.'),
    waitTimeoutSeconds: z.number().positive().max(600).default(60),
  }),
  output: z.object({
    id: z.string(),
    name: z.string(),
    status: z.string(),
    health: z.string().optional(),
    ports: z.array(z.string()),
    waitedMs: z.number().optional(),
  }),
  async handle(ctx, input) {
    const requested: ContainerSpec = {
      image: input.image,
      name: input.name,
      command: input.command,
      entrypoint: input.entrypoint,
      env: input.env,
      user: input.user,
      workingDir: input.workdir,
      labels: ownLabels(input.labels),
      ports: input.ports?.map((p) => ({
        containerPort: p.container,
        protocol: p.protocol,
        hostIp: p.hostIp,
        hostPort: p.host ?? 0,
      })),
      mounts: input.mounts,
      networkMode: input.network,
      pidMode: input.pid,
      privileged: input.privileged,
      capAdd: input.capAdd,
      memoryBytes: input.memoryMb ? Math.round(input.memoryMb * 1024 * 1024) : undefined,
      nanoCpus: input.cpus ? Math.round(input.cpus * 1e9) : undefined,
      restartPolicy: { name: input.restart },
      readOnlyRootfs: input.readOnlyRootfs,
      healthcheck: input.healthcheck && {
        test: input.healthcheck.test,
        intervalMs: input.healthcheck.intervalSeconds * 1000,
        timeoutMs: input.healthcheck.timeoutSeconds * 1000,
        retries: input.healthcheck.retries,
        startPeriodMs: input.healthcheck.startPeriodSeconds * 1000,
      },
    };
    const spec = enforceRunPolicy(requested, ctx.policy.allow, ctx.workspace);
    const id = await ctx.engine.createContainer(spec);
    const discard = () => ctx.engine.removeContainer(id, { force: true }).catch(() => {});
    try {
      await ctx.engine.startContainer(id);
      let waitedMs: number | undefined;
      let checkPassed = false;
      if (input.waitHealthy) {
        const outcome = await waitForContainer(ctx.engine, id, {
          timeoutMs: input.waitTimeoutSeconds * 1000,
          signal: ctx.signal,
          onState: (state) => ctx.progress(0, undefined, `container ${state}`),
          check: await containerHealthCheck(ctx.engine, input.image, spec.healthcheck),
          graceMs: START_GRACE_MS,
        });
        if (!outcome.ready) {
          const evidence = await explainNotReady(ctx.engine, outcome);
          throw new ToolError(
            'TIMEOUT',
            `Container from "${input.image}" did not become ready (${outcome.reason} after ${outcome.waitedMs} ms); it was removed.\n${evidence}`,
            'Fix the cause shown above (command, healthcheck, config), then run it again.',
          );
        }
        waitedMs = outcome.waitedMs;
        checkPassed = outcome.reason === 'healthy';
      }
      const details = await ctx.engine.inspectContainer(id);
      return {
        id: shortId(id),
        name: details.name,
        status: details.state.status,
        // The engine says "starting" until its first interval even when the check already passed.
        health: checkPassed ? 'healthy' : details.state.health?.status,
        ports: formatPorts(details.ports),
        waitedMs,
      };
    } catch (error) {
      await discard();
      throw error;
    }
  },
  summary: (out) =>
    `Started ${out.name} (${out.id}): ${out.health ?? out.status}${out.ports.length ? `, ports ${out.ports.join(', ')}` : ''}.`,
});
