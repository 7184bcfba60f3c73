import { z } from 'zod';
import { composeDown } from '../../src/compose/down.js';
import { composeProjectFields, loadOptionsFrom } from '../../src/toolkit/schemas/compose.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'compose_down',
  toolset: 'compose',
  kind: 'destructive',
  title: 'Take a compose stack down',
  description:
    "Stop and remove a Compose project's containers and networks; volumes (and their data) only with " +
    'removeVolumes.',
  input: z.object({
    ...composeProjectFields,
    useFiles: z.boolean().default(true).describe('false: remove by projectName label alone.'),
    removeVolumes: z.boolean().default(false).describe('Also named and anonymous volumes (data lost).'),
    timeoutSeconds: z.number().int().min(0).max(600).default(10),
  }),
  output: z.object({
    project: z.string(),
    method: z.string().describe('cli-v2, cli-v1 or engine (by label).'),
    ok: z.boolean(),
    removedVolumes: z.boolean(),
    leftovers: z.object({
      containers: z.array(z.string()),
      networks: z.array(z.string()),
      volumes: z.array(z.string()),
    }),
    cliOutput: z.string().optional(),
  }),
  async handle(ctx, input) {
    // The server confirms every call of this destructive tool, showing these arguments (removeVolumes included).
    const deps = {
      engine: ctx.engine,
      signal: ctx.signal,
      onCliLine: (line: string) => ctx.log('debug', line),
    };
    const common = { volumes: input.removeVolumes, timeoutSeconds: input.timeoutSeconds };
    if (!input.useFiles && input.projectName)
      return composeDown(deps, { ...common, projectName: input.projectName });
    return composeDown(deps, { ...loadOptionsFrom(ctx, input), ...common });
  },
  summary: (out) => {
    const left = [...out.leftovers.containers, ...out.leftovers.networks, ...out.leftovers.volumes];
    const status = out.ok
      ? 'is down'
      : `was not fully removed${left.length ? ` (left: ${left.join(', ')})` : ''}`;
    return `Project "${out.project}" ${status}${out.removedVolumes ? ', volumes removed' : ', volumes kept'}.${out.cliOutput ? `\n${out.cliOutput}` : ''}`;
  },
});
