import { z } from 'zod';
import { collectSystemReport } from '../../src/system/info.js';
import { defineTool } from '../../src/toolkit/tool.js';

const swarmSchema = z.object({
  managers: z.number().int(),
  workers: z.number().int(),
  nodes: z.array(
    z.object({
      hostname: z.string(),
      status: z.string().describe('Ready, Down, Unknown or Disconnected'),
      availability: z.string().describe('Active, Pause or Drain'),
      managerStatus: z.string().describe('Leader, Reachable or Unreachable; empty for a worker'),
      engineVersion: z.string(),
      self: z.boolean(),
    }),
  ),
  error: z.string().optional(),
});

export default defineTool({
  name: 'system_info',
  toolset: 'system',
  kind: 'read',
  title: 'Docker environment',
  description:
    'The engine (Docker or Podman), Swarm nodes, and whether BuildKit, Compose, Trivy, ShellCheck exist. Call first if a connection fails.',
  input: z.object({}),
  output: z.object({
    engine: z
      .object({
        product: z.enum(['docker', 'podman']),
        version: z.string(),
        apiVersion: z.string(),
        os: z.string(),
        arch: z.string(),
        storageDriver: z.string().optional(),
        containersRunning: z.number().int(),
        images: z.number().int(),
        swarm: z.string(),
        rootless: z.boolean(),
        endpoint: z.string(),
        context: z.string().optional(),
      })
      .optional(),
    engineError: z.string().optional(),
    buildkit: z.boolean(),
    compose: z.string().optional().describe('e.g. "v2 2.29.1" or "v1 1.29.2"'),
    trivy: z.string().optional(),
    shellcheck: z.boolean(),
    swarm: swarmSchema.optional().describe('Present when the engine is in a swarm'),
  }),
  async handle(ctx) {
    const r = await collectSystemReport(ctx.engine);
    return {
      engine: r.engine && {
        product: r.engine.product,
        version: r.engine.serverVersion,
        apiVersion: r.engine.apiVersion,
        os: r.engine.os,
        arch: r.engine.arch,
        storageDriver: r.engine.storageDriver,
        containersRunning: r.engine.containers.running,
        images: r.engine.images,
        swarm: r.engine.swarm,
        rootless: r.engine.rootless,
        endpoint: r.engine.endpoint,
        context: r.engine.context,
      },
      engineError:
        r.engineError && `${r.engineError.message}${r.engineError.hint ? ` ${r.engineError.hint}` : ''}`,
      buildkit: r.buildkit,
      compose: r.compose && `${r.compose.version} ${r.compose.release}`,
      trivy: r.trivy && `${r.trivy.version} (${r.trivy.path})`,
      shellcheck: r.shellcheck,
      swarm: r.swarm,
    };
  },
  summary: (out) =>
    out.engine
      ? `${out.engine.product === 'podman' ? 'Podman' : 'Docker'} ${out.engine.version} (API ${out.engine.apiVersion}) at ${out.engine.endpoint}; BuildKit ${out.buildkit ? 'yes' : 'no'}; ` +
        `Compose ${out.compose ?? 'missing'}; Trivy ${out.trivy ?? 'missing'}.${describeSwarm(out.swarm)}`
      : `No Docker Engine: ${out.engineError}`,
});

function describeSwarm(swarm: z.infer<typeof swarmSchema> | undefined): string {
  if (!swarm) return '';
  if (swarm.error) return ` Swarm: ${swarm.error}`;
  const nodes = swarm.nodes.map(
    (n) => `${n.hostname} ${n.status}/${n.availability}${n.managerStatus ? ` ${n.managerStatus}` : ''}`,
  );
  return ` Swarm: ${swarm.managers} manager(s), ${swarm.workers} worker(s): ${nodes.join(', ')}.`;
}
