import { fenceUntrusted, tailText } from '../src/security/untrusted.js';
import { completeContainers } from '../src/toolkit/completion.js';
import { defineResourceTemplate } from '../src/toolkit/resource.js';

const TAIL = 200;

export default defineResourceTemplate({
  name: 'container-logs',
  title: 'Container logs',
  description: `The last ${TAIL} log lines of a container, fenced as untrusted text with secrets masked.`,
  uriTemplate: 'dockwright://logs/{container}',
  mimeType: 'text/plain',
  variable: 'container',
  complete: completeContainers,
  async read(ctx, container) {
    const { stdout, stderr } = await ctx.engine.containerLogs(container, { tail: TAIL });
    return fenceUntrusted(`logs of ${container}`, tailText(`${stdout}${stderr}`, TAIL, 64_000).text);
  },
});
