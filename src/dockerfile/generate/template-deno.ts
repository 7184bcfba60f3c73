import { baseImage } from './base-images.js';
import { DockerfileBuilder, startLines } from './dockerfile-builder.js';
import { healthcheckFor } from './healthcheck.js';
import { copyManifests, ociLabels, type TemplateInput, type TemplateOutput } from './template-input.js';

const DENO_UID = '1993:1993';

/** Deno apps on the official Deno image, dependencies cached at build time, run as its deno user. */
export function denoTemplate(input: TemplateInput): TemplateOutput {
  const { plan } = input;
  const b = new DockerfileBuilder();
  const image = baseImage('deno', input.baseImages, {
    repo: 'denoland/deno',
    arg: 'DENO_VERSION',
    version: input.version,
  });
  b.from(image, 'runtime').line(ociLabels(plan, 'app'), 'WORKDIR /app', 'ENV DENO_DIR=/deno-dir');
  const copy = copyManifests(plan.manifests);
  if (copy) b.line(copy);
  b.line('COPY . .');
  if (plan.entry) b.line(`RUN deno cache ${plan.entry.value}`);
  b.why(
    'deno cache at build time',
    'Remote modules are fetched once into the image, so the container starts without network access.',
  );
  if (input.port !== undefined) b.line(`ENV PORT=${input.port}`, `EXPOSE ${input.port}`);
  b.line(`USER ${DENO_UID}`).why('USER 1993', 'The image’s own deno user, by number; files stay root-owned.');
  const health = healthcheckFor('none', input.port);
  const start = startLines(
    plan.startCommand?.value ?? 'deno run --allow-net --allow-env --allow-read main.ts',
  );
  if (start.env) b.line(start.env);
  b.line(start.cmd).why(
    'explicit permissions',
    'Deno runs with network, environment and read access only, not --allow-all.',
  );
  return { builder: b, healthcheck: health, user: DENO_UID };
}
