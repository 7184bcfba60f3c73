import type { ProjectFiles } from './project-files.js';
import { tomlArray, tomlKeys, tomlSections } from './toml-lite.js';
import type { Fact } from './types.js';

export interface PythonManifest {
  manager?: Fact<string>;
  lockfile?: string;
  manifests: string[];
  dependencies: string[];
  dependencySource?: string;
  /** A pyproject.toml that builds an installable package (setuptools, hatch...). */
  installsItself: boolean;
}

/** `Django>=4.2 ; python_version>"3"` → `django`. */
export function requirementName(line: string): string | undefined {
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line.replace(/#.*/, ''));
  return match && !line.trim().startsWith('-') ? match[1].toLowerCase().replace(/_/g, '-') : undefined;
}

function pyprojectDependencies(text: string): string[] {
  const sections = tomlSections(text);
  const names = tomlArray(sections.get('project'), 'dependencies').map(requirementName);
  names.push(...tomlKeys(sections.get('tool.poetry.dependencies')).map((key) => key.toLowerCase()));
  return names.filter((name): name is string => name !== undefined && name !== 'python');
}

/** The package manager, from lockfiles first and manifest sections second. */
export function readPythonManifest(files: ProjectFiles): PythonManifest {
  const pyproject = files.readText('pyproject.toml');
  const sections = pyproject ? tomlSections(pyproject) : new Map<string, string>();
  const fromPyproject = pyproject ? pyprojectDependencies(pyproject) : [];
  const withPyproject = (manager: string, source: string, lockfile?: string): PythonManifest => ({
    manager: { value: manager, source },
    lockfile,
    manifests: ['pyproject.toml', ...(lockfile ? [lockfile] : [])],
    dependencies: fromPyproject,
    dependencySource: 'pyproject.toml',
    installsItself: false,
  });
  if (files.exists('uv.lock')) return withPyproject('uv', 'uv.lock', 'uv.lock');
  if (files.exists('poetry.lock')) return withPyproject('poetry', 'poetry.lock', 'poetry.lock');
  if (files.exists('pdm.lock')) return withPyproject('pdm', 'pdm.lock', 'pdm.lock');
  if (sections.has('tool.poetry')) return withPyproject('poetry', 'pyproject.toml#tool.poetry');
  if (sections.has('tool.pdm')) return withPyproject('pdm', 'pyproject.toml#tool.pdm');
  if (sections.has('tool.uv')) return withPyproject('uv', 'pyproject.toml#tool.uv');
  if (files.exists('Pipfile')) {
    const pipfile = tomlSections(files.readText('Pipfile') ?? '');
    const lockfile = files.exists('Pipfile.lock') ? 'Pipfile.lock' : undefined;
    return {
      manager: { value: 'pipenv', source: 'Pipfile' },
      lockfile,
      manifests: ['Pipfile', ...(lockfile ? [lockfile] : [])],
      dependencies: tomlKeys(pipfile.get('packages')).map((key) => key.toLowerCase()),
      dependencySource: 'Pipfile',
      installsItself: false,
    };
  }
  if (files.exists('requirements.txt')) {
    const names = (files.readText('requirements.txt') ?? '').split('\n').map(requirementName);
    return {
      manager: { value: 'pip', source: 'requirements.txt' },
      lockfile: 'requirements.txt',
      manifests: ['requirements.txt'],
      dependencies: names.filter((name): name is string => name !== undefined),
      dependencySource: 'requirements.txt',
      installsItself: false,
    };
  }
  // A [project] table with no dependencies, no build backend and no entry points installs
  // nothing the app needs; `pip install .` would only fetch setuptools from PyPI to package it.
  const nothingToInstall =
    fromPyproject.length === 0 && !sections.has('build-system') && !sections.has('project.scripts');
  if (pyproject && sections.has('project') && nothingToInstall) {
    return { manifests: [], dependencies: [], dependencySource: 'pyproject.toml', installsItself: false };
  }
  if (pyproject && (sections.has('project') || sections.has('build-system'))) {
    return { ...withPyproject('pip', 'pyproject.toml#project'), installsItself: true };
  }
  if (files.exists('setup.py')) {
    return {
      manager: { value: 'pip', source: 'setup.py' },
      manifests: ['setup.py'],
      dependencies: [],
      installsItself: true,
    };
  }
  return { manifests: [], dependencies: [], installsItself: false };
}
