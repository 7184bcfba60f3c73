import { baseImage, type Flavour } from './base-images.js';
import { type DockerfileBuilder, execForm } from './dockerfile-builder.js';
import { healthcheckFor } from './healthcheck.js';
import type { TemplateInput, TemplateOutput } from './template-input.js';
import { ociLabels } from './template-input.js';

export const NON_ROOT_UID = 10001;

/** tini from the distribution, pinned to its upstream release (not a Debian revision, which the mirror drops), lists removed in the same layer. */
export function debianTini(b: DockerfileBuilder, flavour: Flavour): void {
  if (flavour === 'alpine') {
    b.line('RUN apk add --no-cache tini=~0.19');
    return;
  }
  b.run('', [
    'apt-get update',
    'apt-get install -y --no-install-recommends tini=0.19.*',
    'rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin',
  ]);
}

/** A user with a fixed high UID for images that have no unprivileged user of their own. */
export function addAppUser(b: DockerfileBuilder, flavour: Flavour): string {
  if (flavour === 'alpine') {
    b.line(`RUN addgroup -S -g ${NON_ROOT_UID} app && adduser -S -D -H -u ${NON_ROOT_UID} -G app app`);
  } else {
    b.line(
      `RUN groupadd --system --gid ${NON_ROOT_UID} app \\\n    && useradd --system --uid ${NON_ROOT_UID} --gid app --no-create-home --shell /usr/sbin/nologin app`,
    );
  }
  b.why(
    `user app (UID ${NON_ROOT_UID})`,
    'The base image has no unprivileged user; a fixed high UID does not clash with host users and works with runAsNonRoot policies.',
  );
  return `${NON_ROOT_UID}:${NON_ROOT_UID}`;
}

/** The Caddyfile a static image serves with: compression, long caching for hashed assets, a health route, and the SPA fallback when asked. */
export function caddyfile(port: number, spaFallback: boolean): string {
  return [
    '{',
    '  admin off',
    '  auto_https off',
    '}',
    `:${port} {`,
    '  root * /srv',
    '  encode zstd gzip',
    '  @hashed path_regexp [.-][A-Za-z0-9_-]{8,}\\.(js|css|woff2?|png|jpe?g|gif|svg|webp|avif)$',
    '  header @hashed Cache-Control "public, max-age=31536000, immutable"',
    '  handle /healthz {',
    '    respond "ok" 200',
    '  }',
    '  handle {',
    `    try_files {path} {path}.html {path}/index.html${spaFallback ? ' /index.html' : ''}`,
    '    file_server',
    '  }',
    '}',
  ].join('\n');
}

/**
 * Serves files with Caddy: compression, cache headers for hashed assets, a health route, and
 * for single-page apps the history fallback to /index.html (a plain site answers 404).
 */
export function staticSiteStage(
  input: TemplateInput,
  b: DockerfileBuilder,
  from: string | undefined,
): TemplateOutput {
  const image = baseImage('static', input.baseImages, {
    repo: 'caddy',
    arg: 'CADDY_VERSION',
    version: '2.10',
  });
  const port = input.port ?? 8080;
  const fallback = input.plan.spaFallback ?? {
    value: input.plan.framework !== undefined,
    source: input.plan.framework
      ? `default for ${input.plan.framework.value}`
      : 'default: a plain static site',
  };
  b.from(image, 'runtime').line(ociLabels(input.plan, 'site'));
  b.line(
    `RUN printf '%s\\n' ${caddyfile(port, fallback.value)
      .split('\n')
      .map((line) => `'${line}'`)
      .join(' ')} > /etc/caddy/Caddyfile`,
  );
  b.line(from ? `COPY --from=build ${from} /srv` : `COPY ${input.plan.outputDir?.value ?? '.'} /srv`);
  b.line(`USER ${NON_ROOT_UID}:${NON_ROOT_UID}`, `EXPOSE ${port}`);
  const health = healthcheckFor('wget', port, undefined, { value: '/healthz', source: 'the Caddyfile' });
  b.line(health.instruction!);
  b.line(`CMD ${execForm(['caddy', 'run', '--config', '/etc/caddy/Caddyfile', '--adapter', 'caddyfile'])}`);
  b.why(
    'Caddy',
    'Static files need no language runtime: Caddy serves them with zstd/gzip compression and a year of caching for hashed assets.',
  );
  b.why(
    fallback.value ? 'SPA fallback to /index.html' : 'no SPA fallback',
    `${fallback.value ? 'Deep links of a single-page app load index.html' : 'Unknown paths answer 404'} (${fallback.source}).`,
  );
  b.why(
    `USER ${NON_ROOT_UID}`,
    'Files are root-owned and world-readable; Caddy runs unprivileged on a port above 1024 with its admin API off.',
  );
  return { builder: b, healthcheck: health, user: String(NON_ROOT_UID), port };
}
