// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are Dockerfile ARG references, not templates.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDockerfile } from '../../src/dockerfile/generate/index.js';
import { detectProject } from '../../src/project/index.js';

/** Railpack's example apps (../shared/corpus/railpack): their own files, unchanged. */
const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus/railpack/examples');
const plan = (app: string) => detectProject(path.join(CORPUS, app));
const dockerfile = (app: string) => generateDockerfile(plan(app)).dockerfile;

describe('versions from the apps’ own pins', () => {
  it.each([
    ['go-mod', 'go', '1.25', 'mise.toml#tools.go'],
    ['node-oldest', 'node', '20', 'mise.toml#tools.node'],
    ['node-lts-npm-native-deps', 'node', '26', 'mise.toml#tools.node'],
    ['node-latest-pnpm-mise-native-deps', 'node', '26', 'mise.toml#tools.node'],
    ['python-oldest', 'python', '3.10', undefined],
    ['python-uv-tool-versions', 'python', '3.9', '.tool-versions'],
    ['node-npm', 'node', '23.5.0', 'package.json#engines.node'],
    ['node-pnpm-11-engines', 'node', '24.16.0', 'package.json#engines.node'],
    ['pnpm-corepack-runtime-usage', 'node', '26', 'package.json#engines.node'],
    ['node-bun-workspaces', 'bun', '1.3.14', '.bun-version'],
  ])('%s asks for %s %s', (app, _runtime, version, source) => {
    const detected = plan(app).runtimeVersion;
    expect(detected?.value).toBe(version);
    if (source) expect(detected?.source).toBe(source);
  });

  it('reads .python-version past its comment lines', () => {
    expect(plan('python-uv').runtimeVersion?.value).toBe('3.11');
  });

  it('takes pnpm from engines when no packageManager field names it', () => {
    const pnpm = plan('node-pnpm-engines');
    expect(pnpm.packageManager?.value).toBe('pnpm');
    expect(pnpm.packageManagerVersion).toEqual({ value: '8.15.9', source: 'package.json#engines.pnpm' });
  });

  it('defaults Node to the LTS major tag and unpins Debian revisions', () => {
    const text = dockerfile('node-corepack');
    expect(plan('node-version-precedence').runtimeVersion?.value).toBe('26');
    expect(dockerfile('node-version-precedence')).toMatch(/^ARG NODE_VERSION=26$/m);
    expect(text).toContain('tini=0.19.*');
    expect(text).not.toMatch(/=\d[\w.]*-\d/);
  });
});

describe('workspaces', () => {
  it('copies every workspace manifest before the install and the whole install after', () => {
    const text = dockerfile('node-npm-workspaces');
    for (const pkg of ['api', 'shared', 'web'])
      expect(text).toContain(`COPY packages/${pkg}/package.json packages/${pkg}/`);
    expect(text.indexOf('COPY packages/api/package.json')).toBeLessThan(text.indexOf('npm ci'));
    expect(text).toContain('COPY --from=deps /app ./');
  });

  it('pnpm: pnpm-workspace.yaml and the package manifests, pnpm 9 for a 9.0 lockfile, pnpm in the final image', () => {
    const text = dockerfile('node-pnpm-workspaces');
    expect(text).toMatch(/^COPY package\.json pnpm-lock\.yaml pnpm-workspace\.yaml \.\/$/m);
    expect(text).toContain('COPY packages/pkg-a/package.json packages/pkg-a/');
    expect(text).toMatch(/^ARG PNPM_VERSION=9$/m);
    const runtime = text.slice(text.lastIndexOf('FROM '));
    expect(runtime).toContain('npm install -g --force "pnpm@${PNPM_VERSION}"');
    expect(runtime).toMatch(/^CMD \["pnpm", "run", "start"\]$/m);
  });

  it('yarn berry: .yarnrc.yml and .yarn/releases before the install', () => {
    const text = dockerfile('node-yarn-workspaces');
    expect(text).toContain('COPY packages/pkg-b/package.json packages/pkg-b/');
    const yarn4 = dockerfile('node-yarn-4');
    expect(yarn4).toMatch(/^ARG YARN_VERSION=4\.9\.2$/m);
    expect(yarn4).toContain('npm install -g --force "@yarnpkg/cli-dist@${YARN_VERSION}"');
  });

  it('nx: builds and starts the Next.js app in apps/web, not at the root', () => {
    const nx = plan('node-nx-next');
    expect(nx.workspaceApp?.value).toBe('apps/web');
    const text = dockerfile('node-nx-next');
    expect(text).toContain('WORKDIR /app/apps/web\nRUN next build\nWORKDIR /app');
    expect(text.slice(0, text.indexOf('RUN next build'))).toContain('ENV PATH=/app/node_modules/.bin:$PATH');
    expect(text).toMatch(/WORKDIR \/app\/apps\/web\nUSER/);
    expect(text).toMatch(/^CMD \["next", "start"\]$/m);
  });

  it('turborepo: the root start script delegates to apps/web, whose health route is probed', () => {
    const turbo = plan('node-turborepo');
    expect(turbo.framework?.value).toBe('Next.js');
    expect(turbo.healthPath).toEqual({ value: '/api/health', source: 'app/api/health/route.ts' });
    expect(dockerfile('node-turborepo')).toContain("fetch('http://127.0.0.1:3000/api/health')");
  });
});

describe('runtimes, start commands and kinds of app', () => {
  it('runs Bun apps on the Bun image with index.ts', () => {
    const text = dockerfile('node-bun');
    expect(text).toMatch(/^FROM oven\/bun:\$\{BUN_VERSION\}-slim AS runtime$/m);
    expect(text).toMatch(/^CMD \["bun", "index\.ts"\]$/m);
    expect(text).not.toContain('tsc --noEmit');
  });

  it('puts RACK_ENV in ENV, never in CMD, and takes the port from config/puma.rb', () => {
    const text = dockerfile('ruby-sinatra');
    expect(text).toMatch(/^ENV RACK_ENV="production"\nCMD \["bundle", "exec", "puma"\]$/m);
    expect(text).toContain('EXPOSE 4567');
  });

  it('runs FastHTML with uvicorn', () => {
    expect(dockerfile('python-fasthtml')).toContain(
      'CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8000"]',
    );
  });

  it.each([
    ['node-next-spa', '/app/out', true],
    ['node-angular', '/app/dist/node-angular/browser', true],
    ['expo-spa', '/app/dist', true],
    ['node-spa-staticfile', '/app/dist', false],
  ])('%s is served by Caddy from %s (SPA fallback %s)', (app, output, fallback) => {
    const detected = plan(app);
    expect(detected.appKind.value).toBe('static-site');
    const text = dockerfile(app);
    expect(text).toContain(`COPY --from=build ${output} /srv`);
    expect(text.includes("{path}/index.html /index.html'")).toBe(fallback);
  });

  it('takes the binary from Cargo default-run', () => {
    expect(plan('rust-multiple-bins').entry?.value).toBe('bin1');
  });

  it('runs Next.js from .next with the built app, and TanStack Start from its self-contained .output', () => {
    expect(plan('node-next').outputDir?.value).toBe('.next');
    expect(dockerfile('node-next')).toContain('COPY --from=build /app ./');
    const tanstack = dockerfile('node-tanstack-start');
    expect(tanstack).toContain('COPY --from=build /app/.output ./.output');
    expect(tanstack).not.toContain('AS deps');
  });

  it('takes the port from `process.env.PORT || n` in the code', () => {
    expect(plan('node-npm-workspaces').port).toEqual({ value: 3000, source: 'packages/api/index.js' });
  });
});

describe('apps that had no Dockerfile', () => {
  it.each([
    ['shell-script', 'CMD ["bash", "start.sh"]'],
    ['shell-bash-arrays', 'CMD ["bash", "start.sh"]'],
    ['shell-platform-arch', 'CMD ["zsh", "start.sh"]'],
    ['cpp-cmake', 'COPY --from=build /src/build/cpp-cmake /usr/local/bin/cpp-cmake'],
    ['cpp-meson', 'RUN meson setup build --buildtype=release && meson compile -C build'],
    ['elixir-phoenix', 'COPY --from=build /app/_build/prod/rel/hello ./'],
    ['gleam', 'RUN gleam export erlang-shipment'],
    ['deno-2', 'FROM denoland/deno:${DENO_VERSION} AS runtime'],
    ['node-pnpm-json5', 'CMD ["pnpm", "run", "start"]'],
    ['python-bot-only', 'CMD ["python", "bot.py"]'],
  ])('%s gets a Dockerfile with %s', (app, line) => {
    expect(dockerfile(app)).toContain(line);
  });

  it('pins Deno from .deno-version', () => {
    expect(dockerfile('deno-2')).toMatch(/^ARG DENO_VERSION=2\.2\.2$/m);
  });
});

describe('files the project already has', () => {
  it('keeps the project’s own .dockerignore entries, last so their exceptions win', () => {
    const generated = generateDockerfile(plan('dockerignore')).dockerignore;
    const own = generated.slice(generated.indexOf('# From the project’s own .dockerignore'));
    expect(own).toContain('.env-specific');
    expect(plan('dockerignore').notes.join(' ')).toContain('already has');
  });

  it('installs bun with npm when Bun manages the packages of a Node app (Expo)', () => {
    const text = dockerfile('expo-spa');
    expect(text).toContain('npm install -g --force "bun@${BUN_VERSION}"');
    expect(text).toContain('bun install --frozen-lockfile');
  });
});
