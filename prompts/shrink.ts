import { completeImages } from '../src/toolkit/completion.js';
import { definePrompt } from '../src/toolkit/prompt.js';

export default definePrompt({
  name: 'shrink',
  title: 'Shrink an image',
  description: 'Make an image smaller and its rebuilds faster, measuring each change.',
  arguments: [
    { name: 'image', description: 'Image to shrink.', required: true, complete: completeImages },
    { name: 'target_mb', description: 'Size to aim for, in MB.' },
  ],
  render: ({ image, target_mb }) =>
    [
      `Shrink the image "${image}"${target_mb ? ` to at most ${target_mb} MB` : ''}, measuring every step.`,
      '',
      `1. image_analyze "${image}": the largest layers and files, the bytes wasted by files later layers overwrite or delete, the efficiency score.`,
      '2. Read its Dockerfile and dockerfile_lint it (cache cleanup rules DL3009, DL3042, DL3019; layer order; COPY . . before the install).',
      '3. Propose changes in order of bytes saved: multi-stage with only runtime artefacts in the final stage, a slimmer base, production-only dependencies, package manager caches as BuildKit cache mounts, a stack-specific .dockerignore, cleanup in the same layer.',
      '4. Rebuild with image_build after each accepted change; report size, build time and cached steps beside the previous build.',
      '5. Check the smaller image still starts healthy with container_run waitHealthy (or, for a project folder, project_containerize, which rebuilds, verifies and assesses in one call) before calling it done.',
    ].join('\n'),
});
