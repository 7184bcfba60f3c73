import { frozenInstallCommand, packageManagerCacheDir } from '../../project/node-package-manager.js';
import type { DockerfileBuilder } from './dockerfile-builder.js';
import { copyManifests, type TemplateInput } from './template-input.js';

const MANAGER_VERSIONS: Record<string, string> = {
  pnpm: '10',
  yarn: '1.22.22',
  'yarn-berry': '1.22.22',
  bun: '1',
};

/** The pnpm major that writes the project's lockfile format (5.x: 7, 6.x: 8, 9.x: 9). */
function lockfileManager(input: TemplateInput): string | undefined {
  const format = input.plan.lockfileVersion;
  if (input.plan.packageManager?.value !== 'pnpm' || !format) return undefined;
  return { '5': '7', '6': '8', '9': '9' }[format.split('.')[0]];
}

/** Which release of pnpm or Yarn to install, and the npm package that carries it. */
function managerRelease(input: TemplateInput, manager: string) {
  const tool = manager === 'yarn-berry' ? 'yarn' : manager;
  const declared = input.plan.packageManagerVersion?.value;
  // A release the project ships (yarnPath) is what Yarn 1 hands over to; npm need not fetch it.
  const shipped = input.plan.packageManagerVersion?.source === '.yarnrc.yml#yarnPath';
  const berry = manager === 'yarn-berry' && declared !== undefined && /^\d/.test(declared) && !shipped;
  const version = berry
    ? declared
    : manager === 'yarn-berry'
      ? MANAGER_VERSIONS.yarn
      : (declared ?? lockfileManager(input) ?? MANAGER_VERSIONS[manager]);
  const arg = `${tool.toUpperCase()}_VERSION`;
  return { tool, declared, berry, version, arg, spec: berry ? '@yarnpkg/cli-dist' : tool };
}

/**
 * pnpm or Yarn in a Bun image, installed by bun outside /root so the unprivileged user can run
 * it; its `#!/usr/bin/env node` runs on Bun through the image's node fallback.
 */
export function installManagerWithBun(input: TemplateInput, b: DockerfileBuilder, manager: string): void {
  const { tool, version, arg, spec } = managerRelease(input, manager);
  b.line(`ARG ${arg}=${version}`);
  b.run('--mount=type=cache,target=/root/.bun/install/cache', [
    `BUN_INSTALL=/usr/local/bun bun add -g "${spec}@\${${arg}}"`,
  ]);
  b.why(
    `${tool} ${version} in the Bun image`,
    `The project is managed with ${tool} (${input.plan.packageManager?.source}), and its code or scripts may call ${tool} at run time.`,
  );
}

/**
 * Installs pnpm or Yarn with npm (no Corepack download), at the version the project declares:
 * Yarn 2+ from its npm distribution (@yarnpkg/cli-dist), Yarn 1 otherwise (it hands over to a
 * release in .yarn/releases named by .yarnrc.yml).
 */
export function installManager(input: TemplateInput, b: DockerfileBuilder, manager: string): void {
  if (manager === 'npm') return;
  const { tool, declared, berry, version, arg, spec } = managerRelease(input, manager);
  b.line(`ARG ${arg}=${version}`);
  b.run('--mount=type=cache,target=/root/.npm', [`npm install -g --force "${spec}@\${${arg}}"`]);
  b.why(
    `${tool} ${version} installed with npm`,
    manager === 'yarn-berry' && !berry
      ? 'Yarn 1 reads .yarnrc.yml and hands over to the project’s own Yarn release (yarnPath); npm needs no Corepack download.'
      : `The version ${declared ? `from ${input.plan.packageManagerVersion?.source}` : 'for the lockfile format'}, installed by npm${berry ? ' (Yarn 2+ as @yarnpkg/cli-dist)' : ''} so the build needs no Corepack download.`,
  );
}

/** The manifests (every workspace's too) first, then a cached, frozen install. */
export function installDeps(input: TemplateInput, b: DockerfileBuilder, productionOnly: boolean): void {
  const { plan } = input;
  const manager = plan.packageManager?.value ?? 'npm';
  const cache = `--mount=type=cache,target=${packageManagerCacheDir(manager)},sharing=locked`;
  const secret = input.privateRegistry ? ' --mount=type=secret,id=npmrc,target=/root/.npmrc' : '';
  installManager(input, b, manager);
  if (plan.nativeModules) {
    b.run(
      '',
      input.flavour === 'alpine'
        ? ['apk add --no-cache python3=~3.12 make=~4.4 g++=~13.2']
        : [
            'apt-get update',
            'apt-get install -y --no-install-recommends python3=3.11.* make=4.3* g++=4:12.*',
            'rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin',
          ],
    );
    b.why(
      'compiler in the install stage',
      `${plan.nativeModules.value.join(', ')} build native addons with node-gyp (Python, make, g++) when no prebuilt binary is fetched; the compiler stays out of the final image.`,
    );
  }
  if (manager === 'yarn-berry') {
    b.line('ENV YARN_ENABLE_GLOBAL_CACHE=false').why(
      'YARN_ENABLE_GLOBAL_CACHE=false',
      'Yarn 4 keeps packages in a global cache by default; Plug’n’Play loads them from there at run time, so they must live in the project (.yarn/cache), not in a build cache mount.',
    );
  }
  const copy = copyManifests(plan.manifests.filter((file) => file !== '.npmrc'));
  if (copy) b.line(copy);
  const frozen = plan.lockfile !== undefined && plan.staleLockfile === undefined;
  // `yarn workspaces focus` (a production-only install) is built into Yarn 4; Yarn 2 and 3 need a plugin.
  const berryMajor = Number.parseInt(plan.packageManagerVersion?.value ?? '', 10);
  const noFocus = manager === 'yarn-berry' && berryMajor < 4;
  b.run(`${cache}${secret}`, [frozenInstallCommand(manager, frozen, productionOnly && !noFocus)]);
  if (productionOnly && noFocus)
    b.why(
      'yarn install --immutable with dev dependencies',
      `Yarn ${berryMajor} (${plan.packageManagerVersion?.source}) installs production dependencies alone only with the workspace-tools plugin, which the project does not declare; the install keeps dev dependencies.`,
    );
  if (plan.workspaces)
    b.why(
      'workspace manifests before the install',
      `Every workspace package’s package.json (${plan.workspaces.join(', ')}) is copied first, so the install links them and fetches their dependencies.`,
    );
}

/** pnpm 11 checks the install before `pnpm run` and reinstalls when it finds none, which a read-only app folder refuses. */
export function pnpmNoRunTimeInstall(b: DockerfileBuilder): void {
  b.line('ENV pnpm_config_verify_deps_before_run=false').why(
    'pnpm_config_verify_deps_before_run=false',
    'The image’s dependencies are fixed at build time; pnpm 11 would otherwise run `pnpm install` before each `pnpm run` (and fail: the app folder is root-owned).',
  );
}

/** srvx serves a web fetch handler (TanStack Start's dist/server/server.js) on Node. */
export function installSrvx(b: DockerfileBuilder): void {
  const arg = 'SRVX_VERSION';
  b.line(`ARG ${arg}=1.0.8`);
  b.run('--mount=type=cache,target=/root/.npm', [`npm install -g "srvx@\${${arg}}"`]);
  b.why(
    'srvx in the final image',
    'The build leaves a fetch handler (dist/server/server.js), not a listening server; srvx serves it and the client assets on Node.',
  );
}

/** Removes dev dependencies after the build, so the final image can take the built app whole. */
export function pruneCommand(manager: string): string | undefined {
  switch (manager) {
    case 'npm':
      return 'npm prune --omit=dev';
    case 'pnpm':
      return 'pnpm prune --prod --ignore-scripts';
    case 'yarn':
      return 'yarn install --production --frozen-lockfile --ignore-scripts --prefer-offline';
    default:
      return undefined;
  }
}
