import { z } from 'zod';
import { collectSystemReport } from '../../src/system/info.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'system_info',
  toolset: 'system',
  kind: 'read',
  title: 'Docker environment',
  description:
    'The engine in use (Docker or Podman); whether BuildKit, Compose, Trivy and ShellCheck are available. Call first if a connection fails.',
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
    };
  },
  summary: (out) =>
    out.engine
      ? `${out.engine.product === 'podman' ? 'Podman' : 'Docker'} ${out.engine.version} (API ${out.engine.apiVersion}) at ${out.engine.endpoint}; BuildKit ${out.buildkit ? 'yes' : 'no'}; ` +
        `Compose ${out.compose ?? 'missing'}; Trivy ${out.trivy ?? 'missing'}.`
      : `No Docker Engine: ${out.engineError}`,
});
