import { baseImage } from './base-images.js';
import { DockerfileBuilder, execForm } from './dockerfile-builder.js';
import { healthcheckFor } from './healthcheck.js';
import type { TemplateInput, TemplateOutput } from './template-input.js';
import { copyManifests, ociLabels } from './template-input.js';

const WWW_DATA = '33:33';

/** PHP behind Apache (mod_php) on an unprivileged port; the official image has no distroless or Alpine Apache variant. */
export function phpTemplate(input: TemplateInput): TemplateOutput {
  const { plan } = input;
  const b = new DockerfileBuilder();
  const port = input.port ?? 8080;
  const docRoot = plan.outputDir?.value === 'public' ? '/var/www/html/public' : '/var/www/html';
  const composer = plan.packageManager?.value === 'composer';
  if (composer) {
    b.from(baseImage('php', {}, { repo: 'composer', tag: '2.8' }), 'deps').line(
      'WORKDIR /app',
      copyManifests(plan.manifests)!,
    );
    b.run('--mount=type=cache,target=/tmp/cache', [
      'composer install --no-dev --no-scripts --no-autoloader --prefer-dist --no-interaction --ignore-platform-reqs',
    ]);
    b.line('COPY . .', 'RUN composer dump-autoload --optimize --no-dev --classmap-authoritative');
    b.why(
      'composer stage',
      'Composer and its cache stay out of the final image; --no-dev keeps test tools out.',
    );
  }
  const image = baseImage('php', input.baseImages, {
    repo: 'php',
    arg: 'PHP_VERSION',
    version: input.version,
    suffix: '-apache-bookworm',
  });
  b.from(image, 'runtime').line(ociLabels(plan, 'app'));
  b.run('', [
    `sed -ri -e 's!/var/www/html!${docRoot}!g' /etc/apache2/sites-available/000-default.conf`,
    `sed -ri -e 's/^Listen 80$/Listen ${port}/' /etc/apache2/ports.conf`,
    `sed -ri -e 's/:80>/:${port}>/' /etc/apache2/sites-available/000-default.conf`,
  ]);
  b.line(composer ? 'COPY --from=deps /app /var/www/html' : 'COPY . /var/www/html');
  if (plan.framework?.value === 'Laravel') {
    b.line('RUN chown -R www-data:www-data /var/www/html/storage /var/www/html/bootstrap/cache');
    b.why(
      'storage writable',
      'Laravel writes caches and logs under storage/ and bootstrap/cache; everything else stays root-owned.',
    );
  }
  b.line(`EXPOSE ${port}`, `USER ${WWW_DATA}`);
  b.why(
    `Apache on ${port} as www-data`,
    'A port above 1024 lets Apache run without root; the image already gives www-data its run and lock folders.',
  );
  const health = healthcheckFor('php', port, undefined, plan.healthPath);
  b.line(health.instruction!, 'STOPSIGNAL SIGWINCH', `CMD ${execForm(['apache2-foreground'])}`);
  b.why('STOPSIGNAL SIGWINCH', 'Apache stops gracefully on SIGWINCH, finishing requests in flight.');
  if (input.flavour !== 'debian')
    b.why(
      `${input.flavour} not available`,
      'The official PHP Apache image is Debian only; the Dockerfile uses it.',
    );
  return { builder: b, healthcheck: health, user: WWW_DATA };
}
