import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { baseImagesFromEnv, generateDockerfile } from '../../../src/dockerfile/generate/index.js';
import { detectProject } from '../../../src/project/index.js';
import { removeTree, tempTree } from '../../helpers/temp-tree.js';
import { sampleProjects } from './sample-projects.js';

const projects = sampleProjects();
const generate = (name: string, options = {}) => generateDockerfile(detectProject(projects[name]), options);

afterEach(() => {
  delete process.env.DOCKWRIGHT_BASE_IMAGES;
});

describe('generateDockerfile', () => {
  it('mounts .npmrc as a build secret and never copies it', () => {
    const { dockerfile, dockerignore } = generate('express-bun-private');
    expect(dockerfile).toContain('--mount=type=secret,id=npmrc,target=/root/.npmrc');
    expect(dockerfile).not.toMatch(/COPY [^\n]*\.npmrc/);
    expect(dockerignore).toMatch(/^\.npmrc$/m);
  });

  it('copies only the Next.js standalone server and static assets', () => {
    const { dockerfile } = generate('next-standalone');
    expect(dockerfile).toContain('COPY --from=build /app/.next/standalone ./');
    expect(dockerfile).toContain('CMD ["node", "server.js"]');
    expect(dockerfile).not.toContain('AS deps');
  });

  it('serves a Vite build from Caddy with no Node in the final stage, with the SPA fallback', () => {
    const { dockerfile } = generate('vite-spa-yarn');
    const final = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    expect(final).toMatch(/^FROM caddy:\$\{CADDY_VERSION\} AS runtime/);
    expect(final).toContain('COPY --from=build /app/dist /srv');
    expect(final).toContain("'    try_files {path} {path}.html {path}/index.html /index.html'");
    expect(final).not.toMatch(/node/i);
  });

  it('explains why a distroless Go image has no HEALTHCHECK', () => {
    const out = generate('go-stdlib', { flavour: 'distroless' });
    expect(out.dockerfile).not.toContain('HEALTHCHECK');
    expect(out.healthcheck.why).toMatch(/no shell or HTTP client/);
    expect(out.rationale.find((r) => r.choice === 'HEALTHCHECK')?.why).toBe(out.healthcheck.why);
  });

  it('takes base images from DOCKWRIGHT_BASE_IMAGES, and the call wins over it', () => {
    process.env.DOCKWRIGHT_BASE_IMAGES = 'go=golang:1.19-bookworm,runtime=debian:bookworm-slim';
    expect(baseImagesFromEnv()).toEqual({ go: 'golang:1.19-bookworm', runtime: 'debian:bookworm-slim' });
    const out = generate('go-stdlib', { baseImages: { runtime: 'debian:12-slim' } });
    expect(out.dockerfile).toContain('FROM golang:1.19-bookworm AS build');
    expect(out.dockerfile).toContain('FROM debian:12-slim AS runtime');
    expect(out.dockerfile).not.toContain('ARG GO_VERSION');
    process.env.DOCKWRIGHT_BASE_IMAGES = '{"nodejs": "node:20"}';
    expect(() => generate('go-stdlib')).toThrow(/unknown role "nodejs"/);
  });

  it('pins versions in ARGs and lets the caller override them', () => {
    expect(generate('fastapi-poetry').dockerfile).toMatch(/^ARG PYTHON_VERSION=3\.13$/m);
    expect(generate('fastapi-poetry', { version: '3.11' }).dockerfile).toMatch(/^ARG PYTHON_VERSION=3\.11$/m);
  });

  it('runs gunicorn for Django without STOPSIGNAL and gives Python apps SIGINT', () => {
    expect(generate('django-pip').dockerfile).toContain(
      'CMD ["gunicorn", "shop.wsgi:application", "--bind", "0.0.0.0:8000"]',
    );
    expect(generate('django-pip').dockerfile).not.toContain('STOPSIGNAL');
    expect(generate('python-stdlib').dockerfile).toContain('STOPSIGNAL SIGINT');
  });

  it('writes a stack-specific .dockerignore', () => {
    const python = generate('python-stdlib').dockerignore;
    expect(python).toMatch(/^__pycache__$/m);
    expect(python).toMatch(/^\.env$/m);
    expect(python).not.toMatch(/^node_modules$/m);
    expect(generate('node-pnpm').dockerignore).toMatch(/^node_modules$/m);
  });
});

describe('the start command’s reason', () => {
  const start = (name: string) => generate(name).rationale.find((r) => r.choice.startsWith('start: '));

  it('names the final stage’s command after tini and where it came from', () => {
    expect(start('node-npm-build')?.choice).toMatch(/^start: node /);
    expect(start('node-npm-build')?.why).toMatch(
      /^From package\.json#scripts\.start\. Run directly rather than through/,
    );
  });

  it('says why Django migrations are not part of the start command', () => {
    expect(start('django-pip')?.choice).toMatch(/^start: gunicorn .*wsgi:application/);
    expect(start('django-pip')?.why).toContain('python manage.py migrate');
  });

  it('explains an entrypoint that is a compiled program and a server the image brings', () => {
    expect(start('go-stdlib')).toMatchObject({
      choice: 'start: /app',
      why: expect.stringContaining('copied into the runtime stage'),
    });
    expect(start('php-vanilla')).toMatchObject({
      choice: 'start: apache2-foreground',
      why: expect.stringContaining('Apache'),
    });
  });
});

describe('a packaged Python project with a console script', () => {
  const project = tempTree({
    'pyproject.toml':
      '[project]\nname = "tool"\nversion = "0.1.0"\ndependencies = []\n\n[project.scripts]\ntool = "tool:main"\n\n[build-system]\nrequires = ["uv_build"]\nbuild-backend = "uv_build"\n',
    'uv.lock': '',
    'src/tool/__init__.py': 'def main():\n    print("hi")\n',
  });
  afterAll(() => removeTree(project));

  it('installs the project after its dependencies and starts its console script as a Python process', () => {
    const { dockerfile, rationale } = generateDockerfile(detectProject(project));
    expect(dockerfile).toMatch(
      /--no-install-project\nCOPY \. \.\nRUN [^\n]*\n\s+uv sync --frozen --no-dev --no-editable/,
    );
    expect(dockerfile).toContain('STOPSIGNAL SIGINT');
    expect(dockerfile).toMatch(/CMD \["tool"\]$/m);
    expect(rationale.find((r) => r.choice === 'start: tool')?.why).toBe(
      'From pyproject.toml#project.scripts.',
    );
  });
});
