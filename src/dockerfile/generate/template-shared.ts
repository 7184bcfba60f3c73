import { baseImage, type Flavour } from './base-images.js';
import { type DockerfileBuilder, execForm } from './dockerfile-builder.js';
import { healthcheckFor } from './healthcheck.js';
import type { TemplateInput, TemplateOutput } from './template-input.js';
import { ociLabels } from './template-input.js';

export const NON_ROOT_UID = 10001;

/** tini from the distribution, pinned, with the package lists removed in the same layer. */
export function debianTini(b: DockerfileBuilder, flavour: Flavour): void {
  if (flavour === 'alpine') {
    b.line('RUN apk add --no-cache tini=~0.19');
    return;
  }
  b.run('', [
    'apt-get update',
    'apt-get install -y --no-install-recommends tini=0.19.0-1+b3',
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

/**
 * Serves files with BusyBox httpd: a 2 MB image with wget for the healthcheck. httpd ignores
 * SIGTERM as PID 1, so a shell with a TERM trap stays in front of it.
 */
export function staticSiteStage(
  input: TemplateInput,
  b: DockerfileBuilder,
  from: string | undefined,
): TemplateOutput {
  const image = baseImage('static', input.baseImages, { repo: 'busybox', tag: '1.37' });
  const port = input.port ?? 8080;
  b.from(image, 'runtime').line(ociLabels(input.plan, 'site'));
  b.line(from ? `COPY --from=build ${from} /srv/www` : `COPY ${input.plan.outputDir?.value ?? '.'} /srv/www`);
  b.line(`USER ${NON_ROOT_UID}:${NON_ROOT_UID}`, `EXPOSE ${port}`);
  const health = healthcheckFor('wget', port);
  b.line(health.instruction!);
  b.line(`CMD ${execForm(['sh', '-c', `trap 'exit 0' TERM INT; httpd -f -p ${port} -h /srv/www & wait`])}`);
  b.why(
    'BusyBox httpd',
    'Static files need no runtime: a 2 MB BusyBox image serves them, with wget for the healthcheck.',
  );
  b.why(
    `USER ${NON_ROOT_UID}`,
    'Files are root-owned and world-readable; the server runs unprivileged on a port above 1024.',
  );
  b.why(
    'shell with a TERM trap',
    'httpd ignores SIGTERM as PID 1; the trap lets docker stop end the container at once.',
  );
  return { builder: b, healthcheck: health, user: String(NON_ROOT_UID) };
}
