import { baseImage } from './base-images.js';
import type { DockerfileBuilder } from './dockerfile-builder.js';
import type { Prober } from './healthcheck.js';
import type { TemplateInput } from './template-input.js';

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
