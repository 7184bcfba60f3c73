import { baseImage } from './base-images.js';
import { DockerfileBuilder, execForm, startLines } from './dockerfile-builder.js';
import { healthcheckFor } from './healthcheck.js';
import type { TemplateInput, TemplateOutput } from './template-input.js';
import { copyManifests, ociLabels } from './template-input.js';
import { addAppUser } from './template-shared.js';

const TOOL_VERSIONS: Record<string, string> = {
  poetry: '1.8.5',
  uv: '0.5.11',
  pdm: '2.22.1',
  pipenv: '2024.4.0',
};

const TOOL_CACHES: Record<string, string> = {
  poetry: '/root/.cache/pypoetry',
  uv: '/root/.cache/uv',
  pdm: '/root/.cache/pdm',
  pipenv: '/root/.cache/pipenv',
};

/** The install step per manager, into the virtualenv at /opt/venv, production dependencies only. */
function installCommands(manager: string, hasLock: boolean): string[] {
  switch (manager) {
    case 'poetry':
      return [
        `pip install poetry==${TOOL_VERSIONS.poetry}`,
        'poetry install --only main --no-root --no-interaction',
      ];
    case 'uv':
      return [
        `pip install uv==${TOOL_VERSIONS.uv}`,
        `uv sync ${hasLock ? '--frozen ' : ''}--no-dev --no-install-project`,
      ];
    case 'pdm':
      return [
        `pip install pdm==${TOOL_VERSIONS.pdm}`,
        'pdm export --prod --without-hashes -o /tmp/requirements.txt',
        'pip install -r /tmp/requirements.txt',
      ];
    case 'pipenv':
      return [
        `pip install pipenv==${TOOL_VERSIONS.pipenv}`,
        `pipenv install ${hasLock ? '--deploy ' : ''}--system`,
      ];
    default:
      return ['pip install -r requirements.txt'];
  }
}

/** Installs the project itself (not editable), after the dependency layer, for its console scripts. */
function projectInstall(manager: string, hasLock: boolean): string {
  if (manager === 'uv') return `uv sync ${hasLock ? '--frozen ' : ''}--no-dev --no-editable`;
  if (manager === 'poetry') return 'poetry install --only main --no-interaction';
  return 'pip install --no-deps .';
}

export function pythonTemplate(input: TemplateInput): TemplateOutput {
  const { plan, flavour } = input;
  const b = new DockerfileBuilder();
  const distroless = flavour === 'distroless';
  const version = distroless ? '3.11' : input.version;
  const build = baseImage('python', input.baseImages, {
    repo: 'python',
    arg: 'PYTHON_VERSION',
    version,
    suffix: flavour === 'alpine' ? '-alpine3.20' : '-slim-bookworm',
  });
  const manager = plan.packageManager?.value;
  const installsItself = plan.notes.some((note) => note.includes('pip install .'));
  if (manager) {
    b.from(build, 'build').line(
      'ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \\\n    VIRTUAL_ENV=/opt/venv \\\n    UV_PROJECT_ENVIRONMENT=/opt/venv \\\n    POETRY_VIRTUALENVS_CREATE=false \\\n    PATH="/opt/venv/bin:$PATH"',
      'WORKDIR /app',
      'RUN python -m venv /opt/venv',
    );
    const copy = copyManifests(installsItself ? [] : plan.manifests);
    if (copy) b.line(copy);
    const secret = input.privateRegistry ? ' --mount=type=secret,id=pipconf,target=/etc/pip.conf' : '';
    const commands = installsItself
      ? ['pip install .']
      : installCommands(manager, plan.lockfile !== undefined);
    if (installsItself) b.line('COPY . .');
    const toolCache = TOOL_CACHES[manager] ? ` --mount=type=cache,target=${TOOL_CACHES[manager]}` : '';
    b.run(`--mount=type=cache,target=/root/.cache/pip${toolCache}${secret}`, commands);
    if (plan.notes.some((note) => note.includes('console script'))) {
      b.line('COPY . .').run(`--mount=type=cache,target=/root/.cache/pip${toolCache}`, [
        projectInstall(manager, plan.lockfile !== undefined),
      ]);
      b.why(
        'project installed after its dependencies',
        'Its console script lands in /opt/venv/bin; the dependency layer stays cached when only the code changes.',
      );
    }
    b.why(
      `${manager} into /opt/venv`,
      'Dependencies install into a virtualenv in a build stage; the final image copies only the venv, without pip caches or build tools.',
    );
    if (input.privateRegistry)
      b.why(
        'pipconf build secret',
        'The index credentials come in as a BuildKit secret (--secret id=pipconf,src=pip.conf) and never land in a layer.',
      );
  }
  const runtime = distroless
    ? baseImage('python-runtime', input.baseImages, {
        repo: 'gcr.io/distroless/python3-debian12',
        tag: 'nonroot',
      })
    : build;
  b.from(runtime, 'runtime').line(ociLabels(plan, 'app'));
  b.line(
    `ENV PYTHONUNBUFFERED=1 \\\n    PYTHONDONTWRITEBYTECODE=1${manager ? ` \\\n    ${distroless ? 'PYTHONPATH=/opt/venv/lib/python3.11/site-packages' : 'PATH="/opt/venv/bin:$PATH"'}` : ''}`,
  );
  const user = distroless ? '65532:65532' : addAppUser(b, flavour);
  b.line('WORKDIR /app');
  if (manager) b.line('COPY --from=build /opt/venv /opt/venv');
  b.line('COPY . .');
  const port = input.port;
  if (port !== undefined) b.line(`EXPOSE ${port}`);
  b.line(`USER ${user}`);
  const health = healthcheckFor('python', port, undefined, plan.healthPath);
  if (health.instruction) b.line(health.instruction);
  const start = startLines(plan.startCommand?.value ?? `python ${plan.entry?.value ?? 'main.py'}`);
  if (start.env) b.line(start.env);
  let argv = start.argv;
  if (distroless && ['gunicorn', 'uvicorn', 'flask'].includes(argv[0])) argv = ['python3', '-m', ...argv];
  if (distroless && argv[0] === 'python') argv = ['python3', ...argv.slice(1)];
  const consoleScript = plan.startCommand?.source.endsWith('.scripts') ?? false;
  if (argv[0] === 'python' || argv[0] === 'python3' || consoleScript) {
    b.line('STOPSIGNAL SIGINT').why(
      'STOPSIGNAL SIGINT',
      'Python ignores SIGTERM as PID 1 but turns SIGINT into KeyboardInterrupt, so docker stop ends it cleanly without an init process.',
    );
  } else {
    b.why(
      `${argv[0]} as PID 1`,
      `${argv[0]} handles SIGTERM itself (graceful worker shutdown), so no init process is needed.`,
    );
  }
  b.line(distroless ? `ENTRYPOINT ${execForm(argv)}` : `CMD ${execForm(argv)}`);
  return { builder: b, healthcheck: health, user };
}
