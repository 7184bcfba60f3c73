import { readContainerLog } from '../src/containers/logs.js';
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
    return (await readContainerLog(ctx.engine, container, { tail: TAIL })).text;
  },
});
