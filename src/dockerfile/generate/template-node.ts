import { baseImage } from './base-images.js';
import {
  DockerfileBuilder as Builder,
  type DockerfileBuilder,
  execForm,
  startLines,
} from './dockerfile-builder.js';
import { healthcheckFor } from './healthcheck.js';
import {
  installDeps,
  installManager,
  installSrvx,
  pnpmNoRunTimeInstall,
  pruneCommand,
} from './node-install.js';
import { bunTemplate } from './template-bun.js';
import type { TemplateInput, TemplateOutput } from './template-input.js';
import { ociLabels } from './template-input.js';
import { debianTini, staticSiteStage } from './template-shared.js';

/** Frameworks whose build output runs on its own, without node_modules (Nitro's .output). */
const SELF_CONTAINED = new Set(['.output']);

/** Node servers (and SPAs, whose build output Caddy serves); Bun apps go to the Bun template. */
export function nodeTemplate(input: TemplateInput): TemplateOutput {
  if (input.plan.jsRuntime?.value === 'bun') return bunTemplate(input);
  const { plan, flavour } = input;
  const b = new Builder();
  const node = baseImage('node', input.baseImages, {
    repo: 'node',
    arg: 'NODE_VERSION',
    version: input.version,
    suffix: flavour === 'alpine' ? '-alpine' : '-bookworm-slim',
  });
  const manager = plan.packageManager?.value ?? 'npm';
  const output = plan.outputDir?.value;
  if (plan.staleLockfile)
    b.why(
      `${manager} install, not a frozen install`,
      `${plan.staleLockfile.value}, so a frozen install (npm ci) would fail; run \`npm install\` and commit ${plan.lockfile} to make the build reproducible again.`,
    );
  else
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
  const built = Boolean(plan.buildCommand) || plan.appKind.value === 'static-site';
  if (built) {
    b.from(node, 'build').line('WORKDIR /app', 'ENV PATH=/app/node_modules/.bin:$PATH');
    installDeps(input, b, false);
    b.line('COPY . .');
    if (output?.endsWith('.next/standalone')) b.line('RUN mkdir -p public');
    const app = plan.workspaceApp?.value;
    if (plan.framework?.value === 'SvelteKit (adapter-auto)')
      b.line('ENV GCP_BUILDPACKS=true').why(
        'GCP_BUILDPACKS=true in the build stage',
        'adapter-auto builds nothing for an environment it does not recognise; this variable makes it pick (and add) @sveltejs/adapter-node, whose build/ runs with `node build`. Naming adapter-node in svelte.config.js makes this unnecessary.',
      );
    if (plan.buildCommand)
      b.line(
        ...(app
          ? [`WORKDIR /app/${app}`, `RUN ${plan.buildCommand.value}`, 'WORKDIR /app']
          : [`RUN ${plan.buildCommand.value}`]),
      );
    b.why(
      'build stage',
      'Compilers, dev dependencies and sources stay in the build stage; only what runs reaches the final image.',
    );
  }
  if (plan.appKind.value === 'static-site') return staticSiteStage(input, b, `/app/${output ?? 'dist'}`);

  const standalone = output?.endsWith('.next/standalone') ?? false;
  const selfContained = standalone || SELF_CONTAINED.has(output ?? '');
  const prune = built && !selfContained ? pruneCommand(manager) : undefined;
  if (prune) b.line(`RUN ${prune}`);
  const hasDeps = (plan.productionDependencies ?? 1) > 0 || plan.workspaces !== undefined;
  if (!built && hasDeps) {
    b.from(node, 'deps').line('WORKDIR /app');
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
    : node;
  if (distroless) debianTini(b.from(node, 'tini'), 'debian');
  b.from(runtime, 'runtime').line(ociLabels(plan, 'app'), 'WORKDIR /app');
  b.line('ENV NODE_ENV=production HOST=0.0.0.0 PATH=/app/node_modules/.bin:$PATH');
  b.why(
    'HOST=0.0.0.0, node_modules/.bin on PATH',
    'Astro, Nuxt, SvelteKit and Remix listen on localhost unless HOST says otherwise, which a published port cannot reach; framework CLIs (next, remix-serve) run by name as they do under npm run.',
  );
  if (!distroless) debianTini(b, flavour);
  const runsManager = !distroless && ['pnpm', 'yarn', 'yarn-berry'].includes(manager);
  if (runsManager) installManager(input, b, manager);
  if (runsManager && manager === 'pnpm') pnpmNoRunTimeInstall(b);
  if (!distroless && plan.startCommand?.value.startsWith('srvx ')) installSrvx(b);
  if (manager === 'yarn-berry') b.line('ENV YARN_ENABLE_GLOBAL_CACHE=false');
  copyApp(b, {
    built,
    standalone,
    selfContained,
    output,
    hasDeps,
    wholeInstall: plan.workspaces !== undefined || manager === 'yarn-berry',
    prune,
  });
  const port = input.port;
  if (port !== undefined) b.line(`ENV PORT=${port}`, `EXPOSE ${port}`);
  if (plan.workspaceApp) {
    b.line(`WORKDIR /app/${plan.workspaceApp.value}`).why(
      `WORKDIR /app/${plan.workspaceApp.value}`,
      `The workspace root runs nothing itself; the app is ${plan.workspaceApp.value}, so it builds and starts there.`,
    );
  }
  const user = distroless ? '65532:65532' : '1000:1000';
  b.line(`USER ${user}`).why(
    `USER ${user}`,
    `The image’s own unprivileged user (${distroless ? 'nonroot' : 'node'}), by number so runAsNonRoot policies can verify it; files stay root-owned, so the app cannot rewrite its own code.`,
  );
  const nodeBinary = distroless ? '/nodejs/bin/node' : 'node';
  const health = healthcheckFor('node', port, nodeBinary, plan.healthPath);
  if (health.instruction) b.line(health.instruction);
  const command = standalone
    ? 'node server.js'
    : (plan.startCommand?.value ?? `node ${plan.entry?.value ?? 'index.js'}`);
  const start = startLines(
    runsManager || distroless ? command : command.replace(/^(pnpm|yarn|bun) run /, 'npm run '),
  );
  if (start.env) b.line(start.env);
  if (distroless) {
    b.line(
      'COPY --from=tini /usr/bin/tini-static /tini',
      `ENTRYPOINT ${execForm(['/tini', '--', nodeBinary])}`,
      `CMD ${execForm(start.argv.slice(start.argv[0] === 'node' ? 1 : 0))}`,
    );
  } else {
    b.line(`ENTRYPOINT ${execForm(['tini', '--'])}`, start.cmd);
  }
  b.why(
    'tini as PID 1',
    'Node ignores SIGTERM when it runs as PID 1, so docker stop would wait and kill it; tini forwards signals and reaps zombies.',
  );
  if (runsManager)
    b.why(
      `${manager === 'yarn-berry' ? 'yarn' : manager} in the final image`,
      'The start command runs through the package manager, as the project’s own scripts expect (npm_config_user_agent, calls to its CLI).',
    );
  return { builder: b, healthcheck: health, user };
}

function copyApp(
  b: DockerfileBuilder,
  app: {
    built: boolean;
    standalone: boolean;
    selfContained: boolean;
    output?: string;
    hasDeps: boolean;
    wholeInstall: boolean;
    prune?: string;
  },
): void {
  if (app.standalone) {
    b.line(
      'COPY --from=build /app/.next/standalone ./',
      'COPY --from=build /app/.next/static ./.next/static',
    );
    b.line('COPY --from=build /app/public ./public');
    return;
  }
  if (app.selfContained) {
    b.line(
      'COPY --from=build /app/package.json ./',
      `COPY --from=build /app/${app.output} ./${app.output}`,
    ).why(
      `only ${app.output}`,
      'The framework bundles its server and dependencies into its output folder, so no node_modules is copied; package.json comes along for the start script.',
    );
    return;
  }
  if (app.built) {
    b.line('COPY --from=build /app ./').why(
      'the built app, dev dependencies pruned',
      app.prune
        ? `The build stage runs \`${app.prune}\` after building, so the app (its build output, config and public files) is copied whole without dev dependencies.`
        : 'The app is copied whole from the build stage (this package manager has no safe prune), dev dependencies included.',
    );
    return;
  }
  if (app.wholeInstall) b.line('COPY --from=deps /app ./');
  else if (app.hasDeps) b.line('COPY --from=deps /app/node_modules ./node_modules');
  b.line('COPY . .');
  if (app.wholeInstall)
    b.why(
      'the whole install',
      'Workspace packages keep their own node_modules (links and nested versions), and Yarn Plug’n’Play keeps .pnp.cjs and .yarn/cache beside the app, so the whole install is copied.',
    );
}
