import { baseImage } from './base-images.js';
import { DockerfileBuilder } from './dockerfile-builder.js';
import type { TemplateInput, TemplateOutput } from './template-input.js';
import { binaryRuntimeStage } from './template-runtime.js';

export function rustTemplate(input: TemplateInput): TemplateOutput {
  const { plan, flavour } = input;
  const b = new DockerfileBuilder();
  const binary = plan.entry?.value ?? 'app';
  const build = baseImage('rust', input.baseImages, {
    repo: 'rust',
    arg: 'RUST_VERSION',
    version: input.version,
    suffix: flavour === 'alpine' ? '-alpine3.20' : '-slim-bookworm',
  });
  const locked = plan.lockfile ? ' --locked' : '';
  b.from(build, 'build').line('WORKDIR /src', 'COPY . .');
  b.run('--mount=type=cache,target=/usr/local/cargo/registry --mount=type=cache,target=/src/target', [
    `cargo build --release${locked} --bin ${binary}`,
    'mkdir -p /out',
    `cp target/release/${binary} /out/app`,
  ]);
  b.why(
    'cache mounts for the registry and target/',
    'Cargo cannot resolve a build from manifests alone, so the crate registry and target/ live in cache mounts: a source edit recompiles only what changed.',
  );
  if (!plan.lockfile) b.why('no --locked', 'There is no Cargo.lock; commit one so builds are reproducible.');
  const output = binaryRuntimeStage(input, b, { labelName: binary, dynamic: flavour !== 'alpine' });
  b.why(
    'no init',
    'A Rust server that installs a SIGTERM handler (tokio::signal, actix) stops cleanly as PID 1; add tini if yours does not.',
  );
  return output;
}
