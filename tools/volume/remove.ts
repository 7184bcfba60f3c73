import { z } from 'zod';
import { containersUsingVolume } from '../../src/containers/users.js';
import { ToolError } from '../../src/errors.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'volume_remove',
  toolset: 'volume',
  kind: 'destructive',
  title: 'Remove a volume',
  description:
    'Remove a volume and its data. Refused while a container uses it, unless force=true removes those ' +
    'containers first.',
  input: z.object({
    volume: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/),
    force: z.boolean().default(false),
  }),
  output: z.object({ removed: z.string(), containersRemoved: z.array(z.string()) }),
  async handle(ctx, input) {
    await ctx.engine.inspectVolume(input.volume);
    const users = await containersUsingVolume(ctx.engine, input.volume);
    if (users.length && !input.force) {
      throw new ToolError(
        'CONFLICT',
        `Volume "${input.volume}" is used by ${users.map((u) => `${u.name} (${u.state})`).join(', ')}.`,
        'Remove those containers first, or call again with force: true to remove them with the volume.',
      );
    }
    for (const user of users) await ctx.engine.removeContainer(user.name, { force: true });
    await ctx.engine.removeVolume(input.volume);
    return { removed: input.volume, containersRemoved: users.map((u) => u.name) };
  },
  summary: (out) =>
    `Removed volume ${out.removed}${out.containersRemoved.length ? ` and ${out.containersRemoved.join(', ')}` : ''}.`,
});
