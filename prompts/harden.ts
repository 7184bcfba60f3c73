import { completeDirectories, completeImages } from '../src/toolkit/completion.js';
import { definePrompt } from '../src/toolkit/prompt.js';

export default definePrompt({
  name: 'harden',
  title: 'Harden an image',
  description:
    'Find and fix what makes an image risky: root user, secrets, vulnerable packages, missing healthcheck.',
  arguments: [
    { name: 'image', description: 'Image to harden.', required: true, complete: completeImages },
    {
      name: 'file',
      description: 'Path of the Dockerfile it was built from (workspace).',
      complete: completeDirectories,
    },
  ],
  render: ({ image, file }) =>
    [
      `Harden the image "${image}"${file ? ` built from ${file}` : ''} with dockwright's tools.`,
      '',
      `1. image_inspect and image_analyze "${image}": user, healthcheck, exposed ports, environment names, secret-looking files, layers.`,
      `2. scan_image "${image}" (HIGH and CRITICAL first; say so if vulnerability data was unavailable) and image_sbom for the inventory.`,
      file
        ? `3. dockerfile_lint {"file": "${file}"}: security findings (DW rules, DL3002 root, DL3004 sudo, secrets in ARG/ENV, curl | sh) first.`
        : '3. Find the Dockerfile in the workspace and dockerfile_lint it, security findings first.',
      '4. Propose concrete Dockerfile changes: a non-root USER, a pinned and smaller base, multi-stage so build tools stay out, build secrets instead of ARG/ENV, a HEALTHCHECK that works without curl, no world-writable paths.',
      '5. After I agree: apply them, lint clean, image_build, scan again, and show before/after for user, size and findings.',
    ].join('\n'),
});
