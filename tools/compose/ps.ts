import { z } from 'zod';
import { serviceReadiness } from '../../src/compose/readiness.js';
import { projectStatus } from '../../src/compose/status.js';
import { composeProjectFields, projectNameFrom } from '../../src/toolkit/schemas/compose.js';
import { serviceReportSchema } from '../../src/toolkit/schemas/compose-report.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'compose_ps',
  toolset: 'compose',
  kind: 'read',
  title: 'Show the state of a compose stack',
  description:
    "Each service of a Compose project: containers' state, health, ports, restarts, exit code, limits.",
  input: z.object(composeProjectFields),
  output: z.object({ project: z.string(), services: z.array(serviceReportSchema) }),
  async handle(ctx, input) {
    const project = await projectNameFrom(ctx, input);
    const states = await projectStatus(ctx.engine, project);
    return {
      project,
      services: states.map((state) => ({
        ...serviceReadiness(state.service, state),
        containers: state.containers,
      })),
    };
  },
  summary: (out) => {
    if (!out.services.length) return `Project "${out.project}" has no containers.`;
    const lines = out.services.flatMap((s) =>
      s.containers.map((c) => {
        const limits = [
          c.memoryLimitBytes ? `mem ${Math.round(c.memoryLimitBytes / 1048576)}MiB` : '',
          c.cpus ? `cpus ${c.cpus}` : '',
        ]
          .filter(Boolean)
          .join(' ');
        return `  ${s.service} ${c.name}: ${c.state}${c.health ? ` (${c.health})` : ''}${c.exitCode !== undefined ? ` exit ${c.exitCode}` : ''} restarts ${c.restarts}${c.ports.length ? ` ${c.ports.join(', ')}` : ''}${limits ? ` [${limits}]` : ''}`;
      }),
    );
    return [`Project "${out.project}":`, ...lines].join('\n');
  },
});
