import { baseImage } from './base-images.js';
import { DockerfileBuilder } from './dockerfile-builder.js';
import type { TemplateInput, TemplateOutput } from './template-input.js';
import { copyManifests } from './template-input.js';
import { binaryRuntimeStage } from './template-runtime.js';

export function goTemplate(input: TemplateInput): TemplateOutput {
  const { plan, flavour } = input;
  const b = new DockerfileBuilder();
  const build = baseImage('go', input.baseImages, {
    repo: 'golang',
    arg: 'GO_VERSION',
    version: input.version,
    suffix: flavour === 'alpine' ? '-alpine3.20' : '-bookworm',
  });
  const workspace = plan.manifests.includes('go.work');
  const hasModule = workspace || plan.manifests.includes('go.mod');
  const caches = '--mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build';
  b.from(build, 'build').line(
    'ENV GOMODCACHE=/go/pkg/mod GOCACHE=/root/.cache/go-build CGO_ENABLED=0',
    'WORKDIR /src',
  );
  // In a workspace, `go mod download` (and `go list -m all`) asks the proxy for the workspace's
  // own modules (seen with Go 1.19), which only `go build` resolves locally.
  if (hasModule && !workspace) {
    b.line(copyManifests(plan.manifests)!);
    b.run('--mount=type=cache,target=/go/pkg/mod', ['go mod download']);
  }
  b.line('COPY . .');
  const target = hasModule ? (plan.entry?.value ?? '.') : 'main.go';
  b.run(caches, [`go build -trimpath -ldflags="-s -w" -o /out/app ${target}`]);
  b.why('CGO_ENABLED=0', 'A static binary needs no C library, so the final stage can be any minimal image.');
  if (workspace)
    b.why(
      'COPY . . then go build',
      'A Go workspace: the build context is its root, so the build runs in workspace mode and one module imports another. ' +
        "`go mod download` there would ask the proxy for the workspace's own modules, so `go build` downloads into the module cache mount.",
    );
  else
    b.why(
      'go mod download before COPY . .',
      'The module download layer is reused until go.mod or go.sum change.',
    );
  const output = binaryRuntimeStage(input, b, { labelName: 'app' });
  b.why(
    'ENTRYPOINT ["/app"]',
    'Go exits on SIGTERM by itself, so the binary runs as PID 1 without an init process.',
  );
  return output;
}
