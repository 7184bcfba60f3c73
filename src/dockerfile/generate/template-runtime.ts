import { baseImage } from './base-images.js';
import { type DockerfileBuilder, execForm } from './dockerfile-builder.js';
import { healthcheckFor, type Prober } from './healthcheck.js';
import { ociLabels, type TemplateInput, type TemplateOutput } from './template-input.js';
import { addAppUser } from './template-shared.js';

export interface RuntimeStage {
  prober: Prober;
  /** True when the image has no unprivileged user of its own (distroless has nonroot, UID 65532). */
  needsUser: boolean;
}

/** The final stage for a self-contained binary (Go, Rust): Debian slim, Alpine or distroless. */
export function runtimeStage(input: TemplateInput, b: DockerfileBuilder, dynamic = false): RuntimeStage {
  if (input.flavour === 'distroless') {
    const repo = dynamic ? 'gcr.io/distroless/cc-debian12' : 'gcr.io/distroless/static-debian12';
    b.from(baseImage('runtime', input.baseImages, { repo, tag: 'nonroot' }), 'runtime');
    b.why(
      'distroless',
      'No shell, package manager or libc tools: the smallest attack surface, with a built-in nonroot user (UID 65532).',
    );
    return { prober: 'none', needsUser: false };
  }
  if (input.flavour === 'alpine') {
    b.from(
      baseImage('runtime', input.baseImages, { repo: 'alpine', arg: 'ALPINE_VERSION', version: '3.20' }),
      'runtime',
    );
    return { prober: 'wget', needsUser: true };
  }
  b.from(
    baseImage('runtime', input.baseImages, {
      repo: 'debian',
      arg: 'DEBIAN_VERSION',
      version: '12.9',
      suffix: '-slim',
    }),
    'runtime',
  );
  b.why(
    'debian slim runtime',
    'A small glibc base with a shell for debugging; the healthcheck uses bash, which it already has.',
  );
  return { prober: 'bash', needsUser: true };
}

/**
 * The final stage for a binary built to /out/app: base, labels, a non-root user, the binary,
 * the port, a healthcheck when the image can run one, and the binary as the entrypoint.
 */
export function binaryRuntimeStage(
  input: TemplateInput,
  b: DockerfileBuilder,
  options: { labelName: string; dynamic?: boolean },
): TemplateOutput {
  const stage = runtimeStage(input, b, options.dynamic);
  b.line(ociLabels(input.plan, options.labelName));
  const user = stage.needsUser ? addAppUser(b, input.flavour) : '65532:65532';
  b.line('COPY --from=build /out/app /app');
  if (input.port !== undefined) b.line(`EXPOSE ${input.port}`);
  b.line(`USER ${user}`);
  const health = healthcheckFor(stage.prober, input.port, undefined, input.plan.healthPath);
  if (health.instruction) b.line(health.instruction);
  b.line(`ENTRYPOINT ${execForm(['/app'])}`);
  return { builder: b, healthcheck: health, user };
}
