import { frozenInstallCommand, packageManagerCacheDir } from '../../project/node-package-manager.js';
import { baseImage } from './base-images.js';
import { DockerfileBuilder, startLines } from './dockerfile-builder.js';
import { healthcheckFor } from './healthcheck.js';
import { installManagerWithBun, pnpmNoRunTimeInstall } from './node-install.js';
import { copyManifests, ociLabels, type TemplateInput, type TemplateOutput } from './template-input.js';
import { staticSiteStage } from './template-shared.js';

/** Apps written for Bun: the official Bun image builds and runs them, with its own `bun` user. */
export function bunTemplate(input: TemplateInput): TemplateOutput {
  const { plan } = input;
  const b = new DockerfileBuilder();
  const bun = baseImage('bun', input.baseImages, {
    repo: 'oven/bun',
    arg: 'BUN_VERSION',
    version: input.version,
    suffix: input.flavour === 'alpine' ? '-alpine' : '-slim',
  });
  b.why(
    'oven/bun image',
    `The app runs on Bun (${plan.jsRuntime?.source}): Node images have no bun binary, and Bun runs TypeScript as is.`,
  );
  const bunManaged = (plan.packageManager?.value ?? 'bun') === 'bun';
  const install = (productionOnly: boolean) => {
    const copy = copyManifests(plan.manifests.filter((file) => file !== '.npmrc'));
    if (copy) b.line(copy);
    const command = bunManaged
      ? frozenInstallCommand('bun', plan.lockfile !== undefined, productionOnly)
      : `bun install${productionOnly ? ' --production' : ''}`;
    b.run(`--mount=type=cache,target=${packageManagerCacheDir('bun')},sharing=locked`, [command]);
  };
  const built = Boolean(plan.buildCommand) || plan.appKind.value === 'static-site';
  if (built) {
    b.from(bun, 'build').line('WORKDIR /app');
    install(false);
    b.line('COPY . .');
    if (plan.buildCommand)
      b.line(`RUN ${plan.buildCommand.value.replace(/^(npm|pnpm|yarn) run /, 'bun run ')}`);
  }
  if (plan.appKind.value === 'static-site')
    return staticSiteStage(input, b, `/app/${plan.outputDir?.value ?? 'dist'}`);
  const hasDeps = (plan.productionDependencies ?? 0) > 0 || plan.workspaces !== undefined;
  if (!built && hasDeps) {
    b.from(bun, 'deps').line('WORKDIR /app');
    install(true);
  }
  b.from(bun, 'runtime').line(ociLabels(plan, 'app'), 'WORKDIR /app', 'ENV NODE_ENV=production HOST=0.0.0.0');
  const manager = plan.packageManager?.value ?? 'bun';
  if (['pnpm', 'yarn', 'yarn-berry'].includes(manager)) installManagerWithBun(input, b, manager);
  if (manager === 'pnpm') pnpmNoRunTimeInstall(b);
  if (built) b.line('COPY --from=build /app ./');
  else {
    if (hasDeps)
      b.line(
        plan.workspaces ? 'COPY --from=deps /app ./' : 'COPY --from=deps /app/node_modules ./node_modules',
      );
    b.line('COPY . .');
  }
  const port = input.port;
  if (port !== undefined) b.line(`ENV PORT=${port}`, `EXPOSE ${port}`);
  b.line('USER 1000:1000').why(
    'USER 1000',
    'The image’s own unprivileged user (bun), by number; files stay root-owned.',
  );
  const health = healthcheckFor('node', port, 'bun', plan.healthPath);
  if (health.instruction) b.line(health.instruction);
  const command = plan.startCommand?.value ?? `bun ${plan.entry?.value ?? 'index.ts'}`;
  const start = startLines(command.replace(/^(npm|pnpm|yarn) run /, 'bun run '));
  if (start.env) b.line(start.env);
  b.line(start.cmd).why(
    'bun as PID 1',
    'Bun exits on SIGTERM, so docker stop ends it at once without an init process.',
  );
  return { builder: b, healthcheck: health, user: '1000:1000' };
}
