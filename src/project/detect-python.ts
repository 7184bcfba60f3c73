import type { LanguageDetection, LanguageDetector } from './detection.js';
import { portInSource } from './detection.js';
import type { ProjectFiles } from './project-files.js';
import { readPythonManifest } from './python-manifest.js';
import { DEFAULT_VERSIONS, LATEST_VERSIONS, resolveVersion, toolVersionsEntry } from './runtime-versions.js';
import { tomlKeys, tomlSections, tomlString } from './toml-lite.js';
import { versionFileLine } from './tool-pins.js';
import type { Fact } from './types.js';

const MARKERS = [
  'requirements.txt',
  'pyproject.toml',
  'Pipfile',
  'setup.py',
  'poetry.lock',
  'uv.lock',
  'pdm.lock',
];
const ENTRY_CANDIDATES = [
  'main.py',
  'app.py',
  'server.py',
  'wsgi.py',
  'src/main.py',
  'src/app.py',
  'app/main.py',
];

function pythonVersion(files: ProjectFiles): Fact<string> | undefined {
  const fallback = DEFAULT_VERSIONS.python;
  const candidates: Array<[string, string | undefined]> = [
    ['.python-version', versionFileLine(files.readText('.python-version'))],
    [
      'runtime.txt',
      files
        .readText('runtime.txt')
        ?.trim()
        .replace(/^python-/, ''),
    ],
    ['.tool-versions', toolVersionsEntry(files.readText('.tool-versions') ?? '', 'python')],
    [
      'pyproject.toml#project.requires-python',
      tomlString(tomlSections(files.readText('pyproject.toml') ?? '').get('project'), 'requires-python'),
    ],
    [
      'Pipfile#requires.python_version',
      tomlString(tomlSections(files.readText('Pipfile') ?? '').get('requires'), 'python_version'),
    ],
  ];
  for (const [source, spec] of candidates) {
    const version = spec ? resolveVersion(spec, fallback, LATEST_VERSIONS.python) : undefined;
    if (version) return { value: version.includes('.') ? version : `${version}`, source };
  }
  return undefined;
}

function packageWithMain(files: ProjectFiles): string | undefined {
  return files.find((name) => name === '__main__.py', 1).map((file) => file.split('/')[0])[0];
}

function djangoProject(files: ProjectFiles): string | undefined {
  return files
    .find((name) => name === 'wsgi.py', 1)
    .find((file) => file.includes('/'))
    ?.split('/')[0];
}

/** The first console script a packaged project declares (`[project.scripts]`, Poetry's own table). */
function consoleScript(files: ProjectFiles): Fact<string> | undefined {
  const sections = tomlSections(files.readText('pyproject.toml') ?? '');
  for (const table of ['project.scripts', 'tool.poetry.scripts']) {
    const name = tomlKeys(sections.get(table))[0];
    if (name) return { value: name, source: `pyproject.toml#${table}` };
  }
  return undefined;
}

function moduleOf(file: string): string {
  return file.replace(/\.py$/, '').replace(/\//g, '.');
}

function detectPython(files: ProjectFiles): LanguageDetection {
  const manifest = readPythonManifest(files);
  const deps = new Set(manifest.dependencies);
  const loneFile = files.list().filter((name) => name.endsWith('.py'));
  const entryFile =
    ENTRY_CANDIDATES.find((name) => files.exists(name)) ?? (loneFile.length === 1 ? loneFile[0] : undefined);
  const entry: Fact<string> | undefined = entryFile ? { value: entryFile, source: entryFile } : undefined;
  const server = deps.has('gunicorn') ? 'gunicorn' : deps.has('uvicorn') ? 'uvicorn' : undefined;
  let framework: string | undefined;
  let start: Fact<string> | undefined;
  let port = portInSource(entryFile ? files.readText(entryFile) : undefined);
  const depSource = manifest.dependencySource ?? 'requirements.txt';
  if (deps.has('django') || files.exists('manage.py')) {
    framework = 'Django';
    const project = djangoProject(files);
    port = 8000;
    start = project
      ? server === 'gunicorn' || !server
        ? { value: `gunicorn ${project}.wsgi:application --bind 0.0.0.0:8000`, source: `${project}/wsgi.py` }
        : {
            value: `uvicorn ${project}.asgi:application --host 0.0.0.0 --port 8000`,
            source: `${project}/asgi.py`,
          }
      : { value: 'python manage.py runserver 0.0.0.0:8000', source: 'manage.py' };
  } else if (deps.has('fastapi') || deps.has('python-fasthtml')) {
    framework = deps.has('fastapi') ? 'FastAPI' : 'FastHTML';
    port = 8000;
    const module = entryFile ? moduleOf(entryFile) : 'main';
    start = { value: `uvicorn ${module}:app --host 0.0.0.0 --port 8000`, source: entryFile ?? depSource };
  } else if (deps.has('flask')) {
    framework = 'Flask';
    const module = entryFile ? moduleOf(entryFile) : 'app';
    port = server === 'gunicorn' ? 8000 : (port ?? 5000);
    start =
      server === 'gunicorn'
        ? { value: `gunicorn --bind 0.0.0.0:8000 ${module}:app`, source: depSource }
        : {
            value: `flask --app ${module} run --host 0.0.0.0 --port ${port}`,
            source: entryFile ?? depSource,
          };
  } else if (entryFile) {
    start = { value: `python ${entryFile}`, source: entryFile };
  } else {
    const pkg = packageWithMain(files);
    const script = consoleScript(files);
    if (script) start = script;
    else if (pkg) start = { value: `python -m ${pkg}`, source: `${pkg}/__main__.py` };
  }
  const notes = manifest.installsItself ? ['The project installs itself as a package (pip install .).'] : [];
  if (start?.source.endsWith('.scripts') && !manifest.installsItself)
    notes.push(
      `The project is installed into the venv after its dependencies, for its console script ${start.value}.`,
    );
  return {
    language: { value: 'python', source: manifest.manager?.source.split('#')[0] ?? entryFile ?? '*.py' },
    framework: framework ? { value: framework, source: depSource } : undefined,
    packageManager: manifest.manager,
    lockfile: manifest.lockfile,
    manifests: manifest.manifests,
    runtimeVersion: pythonVersion(files),
    startCommand: start,
    entry,
    port: port
      ? { value: port, source: framework ? `default for ${framework}` : (entryFile ?? 'source') }
      : undefined,
    appKind: port || framework ? { value: 'server', source: framework ?? entryFile ?? '' } : undefined,
    notes,
    dependencies: { names: [...deps], source: depSource },
  };
}

export const pythonDetector: LanguageDetector = {
  matches: (files) =>
    MARKERS.some((name) => files.exists(name)) ||
    ((files.exists('.python-version') || files.exists('runtime.txt')) &&
      files.list().some((n) => n.endsWith('.py'))) ||
    files.exists('main.py') ||
    files.exists('app.py') ||
    files.list().filter((n) => n.endsWith('.py')).length === 1,
  detect: (files) => detectPython(files),
};
