import { completeDirectories } from '../src/toolkit/completion.js';
import { definePrompt } from '../src/toolkit/prompt.js';

export default definePrompt({
  name: 'containerize',
  title: 'Containerize a project',
  description:
    'Take a project from source to a verified container in one call (project_containerize), then fix what failed from its evidence.',
  arguments: [
    {
      name: 'dir',
      description: 'Project folder inside the workspace (default: the root).',
      complete: completeDirectories,
    },
    { name: 'port', description: 'Port the app listens on, when detection cannot tell.' },
    { name: 'flavour', description: 'Base image flavour: debian-slim (default), alpine, distroless.' },
  ],
  render: ({ dir = '.', port, flavour }) => {
    const args = `{"dir": "${dir}"${port ? `, "port": ${port}` : ''}}`;
    return [
      `Containerize the project in "${dir}" with dockwright's tools and show me the evidence.`,
      '',
      ...(flavour
        ? [
            `0. dockerfile_generate {"dir": "${dir}", "flavour": "${flavour}", "write": true}: project_containerize then builds that Dockerfile as it is.`,
          ]
        : []),
      `1. project_containerize ${args}${port ? ` (with port ${port})` : ''}: one call detects the stack, writes the Dockerfile and .dockerignore (never over a different file without asking me), lints with safe fixes, builds, runs, verifies (healthcheck, HTTP probe or exit 0), scans, assesses and records a verified Dockerfile in the pattern memory.`,
      '2. If it failed, read failure.stage and its evidence (the failing build step and its output, or the exit code and last log lines), fix the cause in the Dockerfile or the project (dockerfile_lint and dockerfile_fix for lint findings), and call project_containerize again: it keeps the edited Dockerfile. Stop and ask me after two failed attempts.',
      '3. If the stack needs services (databases, caches), compose_generate then compose_up to start them with the app.',
      '4. For checks that failed in the assessment, image_analyze shows where the bytes are; propose changes in order of bytes saved.',
      '',
      'Finish with the files written, the image size and the base image’s share, the build time, the time to healthy, the checks that failed, what was not checked (for example vulnerability data unavailable), and anything left for me to decide.',
    ].join('\n');
  },
});
