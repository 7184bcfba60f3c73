import { baseImage } from './base-images.js';
import { DockerfileBuilder, startLines } from './dockerfile-builder.js';
import { healthcheckFor } from './healthcheck.js';
import type { TemplateInput, TemplateOutput } from './template-input.js';
import { copyManifests, ociLabels } from './template-input.js';
import { addAppUser } from './template-shared.js';

/** jemalloc preloaded, as Rails' own Dockerfile does: Ruby's heap fragments far less with it. */
function jemalloc(b: DockerfileBuilder, flavour: TemplateInput['flavour']): void {
  if (flavour === 'alpine') {
    b.line('RUN apk add --no-cache jemalloc=~5', 'ENV LD_PRELOAD=/usr/lib/libjemalloc.so.2');
  } else {
    b.run('', [
      'apt-get update',
      'apt-get install -y --no-install-recommends libjemalloc2=5.*',
      'rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin',
      'ln -s "/usr/lib/$(uname -m)-linux-gnu/libjemalloc.so.2" /usr/local/lib/libjemalloc.so',
    ]);
    b.line('ENV LD_PRELOAD=/usr/local/lib/libjemalloc.so');
  }
  b.why(
    'jemalloc (LD_PRELOAD)',
    'Ruby’s default malloc fragments long-running processes’ memory; jemalloc keeps it markedly lower, which is why Rails’ generated Dockerfile preloads it too.',
  );
}

export function rubyTemplate(input: TemplateInput): TemplateOutput {
  const { plan, flavour } = input;
  const b = new DockerfileBuilder();
  const image = baseImage('ruby', input.baseImages, {
    repo: 'ruby',
    arg: 'RUBY_VERSION',
    version: input.version,
    suffix: flavour === 'alpine' ? '-alpine3.20' : '-slim-bookworm',
  });
  const bundleEnv =
    'ENV BUNDLE_PATH=/usr/local/bundle \\\n    BUNDLE_WITHOUT=development:test' +
    (plan.lockfile ? ' \\\n    BUNDLE_DEPLOYMENT=1' : '');
  b.from(image, 'build').line(bundleEnv, 'WORKDIR /app');
  if (flavour === 'alpine') {
    b.line('RUN apk add --no-cache build-base=~0.5');
  } else {
    b.run('', [
      'apt-get update',
      'apt-get install -y --no-install-recommends build-essential=12.*',
      'rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin',
    ]);
  }
  b.line(copyManifests(plan.manifests)!);
  const addPlatforms =
    'BUNDLE_DEPLOYMENT=0 BUNDLE_FROZEN=0 bundle lock --add-platform x86_64-linux aarch64-linux';
  b.run('--mount=type=cache,target=/usr/local/bundle/cache', [
    ...(plan.staleLockfile ? [addPlatforms] : []),
    'bundle install --jobs 4',
  ]);
  b.line('COPY . .');
  if (plan.staleLockfile)
    b.line(`RUN ${addPlatforms}`).why(
      'bundle lock --add-platform',
      `Gemfile.lock has no Linux platform (${plan.staleLockfile.value}), and Bundler refuses it on Linux, at install and again at \`bundle exec\`; the build adds the Linux platforms before the install and again after the sources (with their lockfile) are copied. Commit them with \`bundle lock --add-platform x86_64-linux aarch64-linux\` to keep the install frozen.`,
    );
  if (plan.buildCommand) b.line(`RUN SECRET_KEY_BASE_DUMMY=1 ${plan.buildCommand.value}`);
  b.why(
    'compilers only in the build stage',
    'Native gems compile in the build stage; the final image gets the installed bundle without build-essential.',
  );
  b.from(image, 'runtime').line(ociLabels(plan, 'app'), bundleEnv);
  jemalloc(b, flavour);
  const user = addAppUser(b, flavour);
  b.line(
    'WORKDIR /app',
    'COPY --from=build /usr/local/bundle /usr/local/bundle',
    'COPY --from=build /app /app',
  );
  if (input.port !== undefined) b.line(`EXPOSE ${input.port}`);
  b.line(`USER ${user}`);
  const health = healthcheckFor('ruby', input.port, undefined, plan.healthPath);
  if (health.instruction) b.line(health.instruction);
  const start = startLines(plan.startCommand?.value ?? 'bundle exec ruby app.rb');
  if (start.env)
    b.line(start.env).why(
      'ENV from the start command',
      'Variables set in front of the command go in ENV; in an exec-form CMD they would be run as the program.',
    );
  b.line(start.cmd);
  b.why('ruby as PID 1', 'Ruby (and Puma) handle SIGTERM themselves, so no init process is needed.');
  return { builder: b, healthcheck: health, user };
}
