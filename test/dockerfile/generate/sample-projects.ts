import path from 'node:path';
import { tempTree } from '../../helpers/temp-tree.js';

export const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** Projects that exercise each template's branches, beside the five sample apps. */
export function sampleProjects(): Record<string, string> {
  const json = (value: object) => JSON.stringify(value);
  return {
    'node-npm-build': path.join(FIXTURES, 'node-npm-build'),
    'node-pnpm': path.join(FIXTURES, 'node-pnpm'),
    'python-stdlib': path.join(FIXTURES, 'python-stdlib'),
    'go-stdlib': path.join(FIXTURES, 'go-stdlib'),
    'static-site': path.join(FIXTURES, 'static-site'),
    'next-standalone': tempTree({
      'package.json': json({
        dependencies: { next: '15.0.0', react: '19.0.0' },
        scripts: { build: 'next build', start: 'next start' },
      }),
      'package-lock.json': '{}',
      'next.config.mjs': "export default { output: 'standalone' };",
    }),
    'vite-spa-yarn': tempTree({
      'package.json': json({ devDependencies: { vite: '5.4.0' }, scripts: { build: 'vite build' } }),
      'yarn.lock': '',
    }),
    'express-bun-private': tempTree({
      'package.json': json({
        dependencies: { express: '4.21.0', pg: '8.13.0' },
        scripts: { start: 'node server.js' },
      }),
      'bun.lockb': '',
      '.npmrc': '//registry.example.com/:always-auth=true\n',
      'server.js': 'app.listen(process.env.PORT || 4000)',
    }),
    'fastapi-poetry': tempTree({
      'pyproject.toml':
        '[tool.poetry]\nname = "api"\n[tool.poetry.dependencies]\npython = "^3.11"\nfastapi = "*"\nuvicorn = "*"\nredis = "*"\n',
      'poetry.lock': '',
      'main.py': '',
    }),
    'django-pip': tempTree({
      'requirements.txt': 'Django==5.1\ngunicorn==23.0\npsycopg2-binary==2.9.9\n',
      'manage.py': '',
      'shop/wsgi.py': '',
    }),
    'go-cmd': tempTree({ 'go.mod': 'module x\n\ngo 1.22\n', 'go.sum': '', 'cmd/api/main.go': '' }),
    'rust-axum': tempTree({
      'Cargo.toml': '[package]\nname = "svc"\nversion = "0.1.0"\n[dependencies]\naxum = "0.7"\n',
      'Cargo.lock': '',
      'src/main.rs': '',
    }),
    'java-maven-spring': tempTree({
      'pom.xml':
        '<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent><properties><java.version>17</java.version></properties></project>',
      'src/main/java/App.java': '',
    }),
    'java-gradle': tempTree({
      'build.gradle': "plugins { id 'java' }\n",
      'settings.gradle': '',
      'src/main/java/App.java': '',
    }),
    'dotnet-web': tempTree({
      'src/Api/Api.csproj':
        '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>',
    }),
    'ruby-rails': tempTree({
      Gemfile: "gem 'rails', '~> 7.1'\ngem 'pg'\n",
      'Gemfile.lock': '',
      'config/application.rb': '',
    }),
    'ruby-sinatra': tempTree({ Gemfile: "gem 'sinatra'\ngem 'puma'\n", 'config.ru': '', 'app.rb': '' }),
    'php-laravel': tempTree({
      'composer.json': JSON.stringify({ require: { php: '^8.2', 'laravel/framework': '^11.0' } }),
      'composer.lock': '{}',
      artisan: '',
      'public/index.php': '',
    }),
    'php-vanilla': tempTree({ 'index.php': '<?php echo "hi";' }),
  };
}
