import { frozenInstallCommand, packageManagerCacheDir } from '../../project/node-package-manager.js';
import { baseImage } from './base-images.js';
import { commandArgv, DockerfileBuilder, execForm } from './dockerfile-builder.js';
import { healthcheckFor } from './healthcheck.js';
import type { TemplateInput, TemplateOutput } from './template-input.js';
import { copyManifests, ociLabels } from './template-input.js';
import { debianTini, staticSiteStage } from './template-shared.js';

const MANAGER_VERSIONS: Record<string, string> = {
  pnpm: '9.15.0',
  yarn: '1.22.22',
  'yarn-berry': '1.22.22',
  bun: '1.1.38',
};

function installManager(input: TemplateInput, b: DockerfileBuilder, manager: string): void {
  if (manager === 'npm') return;
  const tool = manager === 'yarn-berry' ? 'yarn' : manager;
  const declared = input.plan.packageManagerVersion?.value;
  const version = manager === 'yarn-berry' ? MANAGER_VERSIONS.yarn : (declared ?? MANAGER_VERSIONS[manager]);
  const arg = `${tool.toUpperCase()}_VERSION`;
  b.line(`ARG ${arg}=${version}`);
  b.run('--mount=type=cache,target=/root/.npm', [`npm install -g --force "${tool}@\${${arg}}"`]);
  b.why(
    `${tool} ${version} installed with npm`,
    manager === 'yarn-berry'
      ? 'Yarn 1 reads .yarnrc.yml and hands over to the project’s own Yarn release (yarnPath); npm needs no Corepack download.'
      : `The version ${declared ? 'from package.json#packageManager' : 'pinned by dockwright'}, installed by npm so the build needs no Corepack download.`,
  );
}

function installDeps(input: TemplateInput, b: DockerfileBuilder, productionOnly: boolean): void {
  const { plan } = input;
  const manager = plan.packageManager?.value ?? 'npm';
  const cache = `--mount=type=cache,target=${packageManagerCacheDir(manager)},sharing=locked`;
  const secret = input.privateRegistry ? ' --mount=type=secret,id=npmrc,target=/root/.npmrc' : '';
  installManager(input, b, manager);
  const manifests = plan.manifests.filter((file) => file !== '.npmrc');
  const copy = copyManifests(manifests);
  if (copy) b.line(copy);
  b.run(`${cache}${secret}`, [frozenInstallCommand(manager, plan.lockfile !== undefined, productionOnly)]);
}

/** Node servers (and SPAs, whose build output is served by BusyBox httpd). */
export function nodeTemplate(input: TemplateInput): TemplateOutput {
  const { plan, flavour } = input;
  const b = new DockerfileBuilder();
  const build = baseImage('node', input.baseImages, {
    repo: 'node',
    arg: 'NODE_VERSION',
    version: input.version,
    suffix: flavour === 'alpine' ? '-alpine3.20' : '-bookworm-slim',
  });
  const manager = plan.packageManager?.value ?? 'npm';
  const output = plan.outputDir?.value ?? 'dist';
  const standalone = output === '.next/standalone';
  b.why(
    `${manager} with ${plan.lockfile ? 'a frozen lockfile' : 'no lockfile'}`,
    plan.lockfile
      ? 'The install must match the lockfile exactly, or the build fails.'
      : 'No lockfile exists, so the install cannot be frozen; commit one for reproducible builds.',
  );
  if (input.privateRegistry)
    b.why(
      'npmrc build secret',
      'Registry credentials come in as a BuildKit secret (docker build --secret id=npmrc,src=$HOME/.npmrc) and never land in a layer.',
    );

  if (plan.buildCommand || plan.appKind.value === 'static-site') {
    b.from(build, 'build').line('WORKDIR /app');
    installDeps(input, b, false);
    b.line('COPY . .');
    if (plan.buildCommand) b.line(`RUN ${plan.buildCommand.value}`);
    b.why(
      'build stage',
      'Compilers, dev dependencies and sources stay in the build stage; only its output reaches the final image.',
    );
  }
  if (plan.appKind.value === 'static-site') {
    return staticSiteStage(input, b, `/app/${output}`);
  }
  const hasDeps = (plan.productionDependencies ?? 1) > 0;
  if (!standalone && hasDeps) {
    b.from(build, 'deps').line('WORKDIR /app');
    installDeps(input, b, true);
    b.why(
      'production-only dependencies',
      'A separate stage installs without dev dependencies, cached until a manifest changes.',
    );
  }

  const distroless = flavour === 'distroless';
  const runtime = distroless
    ? baseImage('node-runtime', input.baseImages, {
        repo: `gcr.io/distroless/nodejs${input.version.split('.')[0]}-debian12`,
        tag: 'nonroot',
      })
    : build;
  if (distroless) {
    b.from(build, 'tini').run('', [
      'apt-get update',
      'apt-get install -y --no-install-recommends tini=0.19.0-1+b3',
      'rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin',
    ]);
  }
  b.from(runtime, 'runtime').line(ociLabels(plan, 'app'), 'WORKDIR /app', 'ENV NODE_ENV=production');
  if (!distroless) debianTini(b, flavour);
  if (standalone) {
    b.line(
      'COPY --from=build /app/.next/standalone ./',
      'COPY --from=build /app/.next/static ./.next/static',
    );
  } else {
    if (hasDeps) b.line('COPY --from=deps /app/node_modules ./node_modules');
    else
      b.why(
        'no node_modules',
        'package.json lists no production dependencies, so nothing is installed for the final image.',
      );
    b.line(
      ...(plan.buildCommand
        ? ['COPY package.json ./', `COPY --from=build /app/${output} ./${output}`]
        : ['COPY . .']),
    );
  }
  const port = input.port;
  if (port !== undefined) b.line(`ENV PORT=${port}`, `EXPOSE ${port}`);
  const user = distroless ? '65532:65532' : '1000:1000';
  b.line(`USER ${user}`).why(
    `USER ${user}`,
    `The image’s own unprivileged user (${distroless ? 'nonroot' : 'node'}), by number so runAsNonRoot policies can verify it; files stay root-owned, so the app cannot rewrite its own code.`,
  );
  const nodeBinary = distroless ? '/nodejs/bin/node' : 'node';
  const health = healthcheckFor('node', port, nodeBinary);
  if (health.instruction) b.line(health.instruction);
  const start = plan.startCommand?.value ?? `node ${plan.entry?.value ?? 'index.js'}`;
  const argv = standalone
    ? ['node', 'server.js']
    : commandArgv(start.replace(/^(pnpm|yarn|bun) run /, 'npm run '));
  if (distroless) {
    b.line(
      'COPY --from=tini /usr/bin/tini-static /tini',
      `ENTRYPOINT ${execForm(['/tini', '--', nodeBinary])}`,
      `CMD ${execForm(argv.slice(argv[0] === 'node' ? 1 : 0))}`,
    );
  } else {
    b.line(`ENTRYPOINT ${execForm(['tini', '--'])}`, `CMD ${execForm(argv)}`);
  }
  b.why(
    'tini as PID 1',
    'Node ignores SIGTERM when it runs as PID 1, so docker stop would wait and kill it; tini forwards signals and reaps zombies.',
  );
  if (/^npm run /.test(argv.join(' ')))
    b.why(
      'npm run start',
      'The start script runs through npm, which every Node image has, whichever manager installed the dependencies.',
    );
  return { builder: b, healthcheck: health, user };
}
