import { describe, expect, it } from 'vitest';
import { detectProject } from '../../../src/project/index.js';
import { tempTree } from '../../helpers/temp-tree.js';

describe('detection across languages', () => {
  it.each([
    [{ 'requirements.txt': 'flask==3.0\ngunicorn\n', 'app.py': '' }, 'python', 'pip', 'Flask'],
    [
      {
        'pyproject.toml': '[tool.poetry]\nname="x"\n[tool.poetry.dependencies]\nfastapi = "*"\n',
        'poetry.lock': '',
        'main.py': '',
      },
      'python',
      'poetry',
      'FastAPI',
    ],
    [
      {
        'pyproject.toml': '[project]\ndependencies = ["django>=5"]\n',
        'uv.lock': '',
        'manage.py': '',
        'site1/wsgi.py': '',
      },
      'python',
      'uv',
      'Django',
    ],
    [{ Pipfile: '[packages]\nrequests = "*"\n', 'main.py': '' }, 'python', 'pipenv', undefined],
    [{ 'pyproject.toml': '[project]\nname="x"\n', 'pdm.lock': '' }, 'python', 'pdm', undefined],
    [
      { 'go.mod': 'module x\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.9.1\n', 'main.go': '' },
      'go',
      'go-modules',
      'Gin',
    ],
    [
      { 'Cargo.toml': '[package]\nname = "svc"\n[dependencies]\naxum = "0.7"\n', 'src/main.rs': '' },
      'rust',
      'cargo',
      'Axum',
    ],
    [
      {
        'pom.xml':
          '<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent><properties><java.version>17</java.version></properties></project>',
      },
      'java',
      'maven',
      'Spring Boot',
    ],
    [
      { 'build.gradle.kts': 'plugins { id("org.springframework.boot") }', gradlew: '' },
      'java',
      'gradle',
      'Spring Boot',
    ],
    [
      {
        'api.csproj':
          '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>',
      },
      'csharp',
      'nuget',
      'ASP.NET Core',
    ],
    [
      { Gemfile: "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\n", 'Gemfile.lock': '' },
      'ruby',
      'bundler',
      'Rails',
    ],
    [
      { 'composer.json': '{"require":{"php":"^8.2","laravel/framework":"^11"}}', artisan: '' },
      'php',
      'composer',
      'Laravel',
    ],
    [{ 'index.html': '<h1>hi</h1>' }, 'static', undefined, undefined],
  ])('%j → %s / %s / %s', (files, language, manager, framework) => {
    const plan = detectProject(tempTree(files));
    expect(plan.language.value).toBe(language);
    expect(plan.packageManager?.value).toBe(manager);
    expect(plan.framework?.value).toBe(framework);
  });

  it('takes versions from .python-version, runtime.txt and go.mod with their source', () => {
    expect(detectProject(tempTree({ 'main.py': '', '.python-version': '3.10.4\n' })).runtimeVersion).toEqual({
      value: '3.10',
      source: '.python-version',
    });
    expect(detectProject(tempTree({ 'main.py': '', 'runtime.txt': 'python-3.9.7' })).runtimeVersion).toEqual({
      value: '3.9',
      source: 'runtime.txt',
    });
    expect(
      detectProject(tempTree({ 'go.mod': 'module x\n\ngo 1.21\n', 'main.go': '' })).runtimeVersion,
    ).toEqual({ value: '1.21', source: 'go.mod#go' });
  });

  it('picks the cmd/ package of a Go module without root sources', () => {
    const plan = detectProject(tempTree({ 'go.mod': 'module x\n\ngo 1.22\n', 'cmd/server/main.go': '' }));
    expect(plan.entry).toEqual({ value: './cmd/server', source: 'cmd/server' });
  });

  it('finds the binary member of a Cargo workspace', () => {
    const plan = detectProject(
      tempTree({
        'Cargo.toml': '[workspace]\nmembers = ["lib", "bin"]\n',
        'lib/Cargo.toml': '[package]\nname = "lib"\n',
        'bin/Cargo.toml': '[package]\nname = "server"\n',
        'bin/src/main.rs': '',
      }),
    );
    expect(plan.entry).toEqual({ value: 'server', source: 'bin/Cargo.toml' });
  });

  it('infers Postgres from psycopg and names the file', () => {
    const plan = detectProject(tempTree({ 'requirements.txt': 'psycopg2-binary==2.9\n', 'main.py': '' }));
    expect(plan.services).toEqual([
      { name: 'postgres', dependency: 'psycopg2-binary', source: 'requirements.txt' },
    ]);
  });

  it('refuses an empty directory and an unknown stack with clear messages', () => {
    expect(() => detectProject(tempTree({}))).toThrow(/is empty/);
    expect(() => detectProject(tempTree({ 'notes.txt': 'hello' }))).toThrow(
      /No project found.*package\.json/,
    );
  });
});
