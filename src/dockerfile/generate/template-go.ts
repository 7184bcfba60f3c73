import { baseImage } from './base-images.js';
import { DockerfileBuilder, execForm } from './dockerfile-builder.js';
import { healthcheckFor } from './healthcheck.js';
import type { TemplateInput, TemplateOutput } from './template-input.js';
import { copyManifests, ociLabels } from './template-input.js';
import { runtimeStage } from './template-runtime.js';
import { addAppUser } from './template-shared.js';

export function goTemplate(input: TemplateInput): TemplateOutput {
  const { plan, flavour } = input;
  const b = new DockerfileBuilder();
  const build = baseImage('go', input.baseImages, {
    repo: 'golang',
    arg: 'GO_VERSION',
    version: input.version,
    suffix: flavour === 'alpine' ? '-alpine3.20' : '-bookworm',
  });
  const hasModule = plan.manifests.includes('go.mod');
  const caches = '--mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build';
  b.from(build, 'build').line(
    'ENV GOMODCACHE=/go/pkg/mod GOCACHE=/root/.cache/go-build CGO_ENABLED=0',
    'WORKDIR /src',
  );
  if (hasModule) {
    b.line(copyManifests(plan.manifests)!);
    b.run('--mount=type=cache,target=/go/pkg/mod', ['go mod download']);
  }
  b.line('COPY . .');
  const target = hasModule ? (plan.entry?.value ?? '.') : 'main.go';
  b.run(caches, [`go build -trimpath -ldflags="-s -w" -o /out/app ${target}`]);
  b.why('CGO_ENABLED=0', 'A static binary needs no C library, so the final stage can be any minimal image.');
  b.why(
    'go mod download before COPY . .',
    'The module download layer is reused until go.mod or go.sum change.',
  );
  const stage = runtimeStage(input, b);
  b.line(ociLabels(plan, 'app'));
  const user = stage.needsUser ? addAppUser(b, flavour) : '65532:65532';
  b.line('COPY --from=build /out/app /app');
  if (input.port !== undefined) b.line(`EXPOSE ${input.port}`);
  b.line(`USER ${user}`);
  const health = healthcheckFor(stage.prober, input.port);
  if (health.instruction) b.line(health.instruction);
  b.line(`ENTRYPOINT ${execForm(['/app'])}`);
  b.why(
    'ENTRYPOINT ["/app"]',
    'Go exits on SIGTERM by itself, so the binary runs as PID 1 without an init process.',
  );
  return { builder: b, healthcheck: health, user };
}
