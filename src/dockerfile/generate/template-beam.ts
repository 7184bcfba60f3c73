import { baseImage } from './base-images.js';
import { DockerfileBuilder, execForm } from './dockerfile-builder.js';
import { healthcheckFor } from './healthcheck.js';
import { ociLabels, type TemplateInput, type TemplateOutput } from './template-input.js';
import { addAppUser } from './template-shared.js';

const BEAM_RUNTIME_PACKAGES = 'libstdc++6=12.* openssl=3.0.* libncurses6=6.4* ca-certificates=2023*';

function beamRuntime(input: TemplateInput, b: DockerfileBuilder): string {
  b.from(
    baseImage('runtime', input.baseImages, {
      repo: 'debian',
      arg: 'DEBIAN_VERSION',
      version: '12',
      suffix: '-slim',
    }),
    'runtime',
  ).line(ociLabels(input.plan, 'app'));
  b.run('', [
    'apt-get update',
    `apt-get install -y --no-install-recommends ${BEAM_RUNTIME_PACKAGES}`,
    'rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin',
  ]);
  b.line('ENV LANG=C.UTF-8');
  return addAppUser(b, 'debian');
}

/** Elixir: a `mix release` built with Hex in the build stage; the release carries its own Erlang runtime. */
export function elixirTemplate(input: TemplateInput): TemplateOutput {
  const { plan } = input;
  const b = new DockerfileBuilder();
  const app = plan.entry?.value ?? 'app';
  b.from(
    baseImage('elixir', input.baseImages, {
      repo: 'elixir',
      arg: 'ELIXIR_VERSION',
      version: input.version,
      suffix: '-slim',
    }),
    'build',
  );
  b.line('ENV MIX_ENV=prod', 'WORKDIR /app', 'RUN mix local.hex --force && mix local.rebar --force');
  b.line(
    `COPY ${plan.manifests.join(' ')} ./`,
    'RUN mix deps.get --only prod && mix deps.compile',
    'COPY . .',
  );
  if (plan.framework?.value === 'Phoenix') b.line('RUN mix assets.deploy');
  b.line('RUN mix release');
  b.why(
    'mix release',
    'The release bundles the compiled app with the Erlang runtime, so the final image needs no Elixir or Hex.',
  );
  const user = beamRuntime(input, b);
  b.line('WORKDIR /app', `COPY --from=build /app/_build/prod/rel/${app} ./`);
  if (input.port !== undefined) b.line(`ENV PORT=${input.port}`, `EXPOSE ${input.port}`);
  b.line(`USER ${user}`);
  const health = healthcheckFor('bash', input.port, undefined, plan.healthPath);
  if (health.instruction) b.line(health.instruction);
  b.line(`CMD ${execForm([`/app/bin/${app}`, 'start'])}`);
  return { builder: b, healthcheck: health, user };
}

/** Gleam: `gleam export erlang-shipment` in the build stage, run on the Erlang image. */
export function gleamTemplate(input: TemplateInput): TemplateOutput {
  const { plan } = input;
  const b = new DockerfileBuilder();
  b.from(
    baseImage('gleam', input.baseImages, {
      repo: 'ghcr.io/gleam-lang/gleam',
      arg: 'GLEAM_VERSION',
      version: `v${input.version}`,
      suffix: '-erlang-slim',
    }),
    'build',
  );
  b.line('WORKDIR /app', `COPY ${plan.manifests.join(' ')} ./`, 'RUN gleam deps download', 'COPY . .');
  b.line('RUN gleam export erlang-shipment');
  b.why(
    'erlang shipment',
    'The shipment holds the compiled BEAM files and a start script; the Gleam compiler stays in the build stage.',
  );
  b.from(
    baseImage('runtime', input.baseImages, {
      repo: 'erlang',
      arg: 'ERLANG_VERSION',
      version: '27',
      suffix: '-slim',
    }),
    'runtime',
  );
  b.line(ociLabels(plan, 'app'));
  const user = addAppUser(b, 'debian');
  b.line('WORKDIR /app', 'COPY --from=build /app/build/erlang-shipment ./', `USER ${user}`);
  const health = healthcheckFor('bash', input.port, undefined, plan.healthPath);
  if (health.instruction) b.line(health.instruction);
  b.line(`CMD ${execForm(['/app/entrypoint.sh', 'run'])}`);
  return { builder: b, healthcheck: health, user };
}
