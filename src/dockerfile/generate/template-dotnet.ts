import path from 'node:path';
import { baseImage } from './base-images.js';
import { DockerfileBuilder, execForm } from './dockerfile-builder.js';
import { healthcheckFor } from './healthcheck.js';
import type { TemplateInput, TemplateOutput } from './template-input.js';
import { ociLabels } from './template-input.js';

/** The .NET 8+ images carry an `app` user with UID 1654. */
const DOTNET_APP_UID = '1654:1654';

export function dotnetTemplate(input: TemplateInput): TemplateOutput {
  const { plan, flavour } = input;
  const b = new DockerfileBuilder();
  const project = plan.entry?.value ?? 'app.csproj';
  const web = plan.framework?.value === 'ASP.NET Core';
  const suffix = flavour === 'alpine' ? '-alpine' : '-bookworm-slim';
  const sdk = baseImage('dotnet-sdk', input.baseImages, {
    repo: 'mcr.microsoft.com/dotnet/sdk',
    arg: 'DOTNET_VERSION',
    version: input.version,
    suffix,
  });
  const dir = path.posix.dirname(project);
  const cache = '--mount=type=cache,target=/root/.nuget/packages';
  b.from(sdk, 'build').line('WORKDIR /src', `COPY ${project} ${dir === '.' ? './' : `${dir}/`}`);
  b.run(cache, [`dotnet restore ${project}`]);
  b.line('COPY . .');
  b.run(cache, [`dotnet publish ${project} -c Release -o /out --no-restore`]);
  b.why(
    'restore before COPY . .',
    'NuGet packages restore from the project file alone, so the layer is reused until it changes.',
  );
  const repo = `mcr.microsoft.com/dotnet/${web ? 'aspnet' : 'runtime'}`;
  const runtime =
    flavour === 'distroless'
      ? baseImage('dotnet', input.baseImages, { repo, tag: `${input.version}-noble-chiseled` })
      : baseImage('dotnet', input.baseImages, {
          repo,
          arg: 'DOTNET_VERSION',
          version: input.version,
          suffix,
        });
  b.from(runtime, 'runtime').line(ociLabels(plan, 'app'), 'WORKDIR /app', 'COPY --from=build /out ./');
  if (input.port !== undefined) b.line(`ENV ASPNETCORE_HTTP_PORTS=${input.port}`, `EXPOSE ${input.port}`);
  b.line(`USER ${DOTNET_APP_UID}`).why(`USER ${DOTNET_APP_UID}`, 'The image’s own app user, by number.');
  const health = healthcheckFor(
    flavour === 'distroless' ? 'none' : flavour === 'alpine' ? 'wget' : 'bash',
    input.port,
  );
  if (health.instruction) b.line(health.instruction);
  const assembly = plan.startCommand?.value.replace(/^dotnet /, '') ?? 'app.dll';
  b.line(`ENTRYPOINT ${execForm(['dotnet', assembly])}`);
  b.why('dotnet as PID 1', 'The .NET host stops gracefully on SIGTERM, so no init process is needed.');
  return { builder: b, healthcheck: health, user: DOTNET_APP_UID };
}
