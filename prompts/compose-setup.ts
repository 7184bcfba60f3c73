import { completeDirectories } from '../src/toolkit/completion.js';
import { definePrompt } from '../src/toolkit/prompt.js';

export default definePrompt({
  name: 'compose-setup',
  title: 'Set up a Compose stack',
  description:
    'Write, validate and bring up a compose.yaml for an app and the services it needs, waiting until healthy.',
  arguments: [
    { name: 'dir', description: 'Project folder inside the workspace.', complete: completeDirectories },
    { name: 'services', description: 'Services to add, e.g. "postgres,redis" (default: detected).' },
  ],
  render: ({ dir = '.', services }) =>
    [
      `Set up a Compose stack for the project in "${dir}"${services ? ` with ${services}` : ''}.`,
      '',
      `1. project_detect {"dir": "${dir}"} for the app and the services its dependencies imply.`,
      '2. compose_generate: healthchecks for every service, depends_on with condition service_healthy, resource limits, named volumes, secrets through env files or Compose secrets (never inline), database ports on 127.0.0.1 or unpublished.',
      '3. compose_validate and fix every error and warning.',
      '4. compose_up with build and a timeout; it returns once every service is running and healthy. If a service fails, read its health output and logs in the result, fix, retry.',
      '5. compose_ps to show state, health, ports and limits; compose_logs for anything odd.',
      '6. Tell me how to stop it (compose_down; volumes are kept unless I confirm their removal).',
    ].join('\n'),
});
