import { maskEnvEntry, maskSecretsInText } from '../src/security/secrets.js';
import { fenceLabels } from '../src/security/untrusted.js';
import { completeImages } from '../src/toolkit/completion.js';
import { defineResourceTemplate } from '../src/toolkit/resource.js';

export default defineResourceTemplate({
  name: 'image-summary',
  title: 'Image summary',
  description:
    'What an image runs and how: size, user, entrypoint/cmd, ports, healthcheck, environment names and labels.',
  uriTemplate: 'dockwright://images/{image}',
  mimeType: 'application/json',
  variable: 'image',
  complete: completeImages,
  async read(ctx, image) {
    const details = await ctx.engine.inspectImage(image);
    const summary = {
      tags: details.tags,
      sizeBytes: details.size,
      platform: `${details.os}/${details.architecture}`,
      user: details.config.user || 'root',
      entrypoint: details.config.entrypoint?.map(maskSecretsInText),
      cmd: details.config.cmd?.map(maskSecretsInText),
      exposedPorts: details.config.exposedPorts,
      healthcheck: details.config.healthcheck?.test.map(maskSecretsInText),
      env: details.config.env.map(maskEnvEntry),
      labels: fenceLabels(`labels of ${image}`, details.config.labels),
      layers: details.layers.length,
    };
    return JSON.stringify(summary, null, 2);
  },
});
