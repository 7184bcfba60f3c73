import { completeDirectories } from '../src/toolkit/completion.js';
import { definePrompt } from '../src/toolkit/prompt.js';

export default definePrompt({
  name: 'containerize',
  title: 'Containerize a project',
  description:
    'Take a project from source to a proven container: detect, reuse a proven pattern, generate, lint, build, scan, run, record.',
  arguments: [
    {
      name: 'dir',
      description: 'Project folder inside the workspace (default: the root).',
      complete: completeDirectories,
    },
    { name: 'port', description: 'Port the app listens on, when detection cannot tell.' },
    { name: 'flavour', description: 'Base image flavour: debian-slim (default), alpine, distroless.' },
  ],
  render: ({ dir = '.', port, flavour }) =>
    [
      `Containerize the project in "${dir}" with dockwright's tools, step by step, and show me the evidence at each step.`,
      '',
      `1. project_detect {"dir": "${dir}"}: report language, framework, package manager, versions, start command, port and services, each with the file it came from. Stop and ask me if detection is ambiguous (conflicting lockfiles, several apps).`,
      '2. pattern_search for that stack. If a proven pattern fits, say so and prefer its choices.',
      `3. dockerfile_generate (and compose_generate when services are needed)${port ? ` with port ${port}` : ''}${flavour ? ` and flavour ${flavour}` : ''}. Show the rationale; do not overwrite existing files without asking me.`,
      '4. dockerfile_lint the result: fix every error and warning (dockerfile_fix applies the safe autofixes) and lint again until it is clean.',
      '5. image_build {"dir": the project folder, "tags": ["<project>:dev"]}. If it fails, read the failing step and its output, fix the cause, rebuild.',
      '6. scan_image the result: report HIGH/CRITICAL findings, or say plainly that vulnerability data was unavailable.',
      '7. container_run it with its port published on 127.0.0.1 and waitHealthy; check it answers; then remove it.',
      '8. image_assess the image against the production-readiness criteria and summarise what passed and what did not.',
      '9. image_build recorded the Dockerfile as a candidate pattern (a build alone proves nothing more); pattern_save it if recording is off.',
      '',
      'Finish with the files written, the image size, the build time, and anything left for me to decide.',
    ].join('\n'),
});
