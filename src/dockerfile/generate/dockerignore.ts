import type { ProjectPlan } from '../../project/types.js';

const COMMON = [
  '# Version control and editors',
  '.git',
  '.gitignore',
  '.vscode',
  '.idea',
  '*.swp',
  '.DS_Store',
  '',
  '# Secrets: pass them at run time or as build secrets, never in the context',
  '.env',
  '.env.*',
  '!.env.example',
  '*.pem',
  '*.key',
  '*.p12',
  'id_rsa*',
  'id_ed25519*',
  'id_ecdsa*',
  '.ssh',
  '.npmrc',
  '.pypirc',
  'pip.conf',
  '',
  '# Container files themselves',
  'Dockerfile*',
  '.dockerignore',
  'compose*.yaml',
  'compose*.yml',
  'docker-compose*.yml',
  '',
  '# Logs and local data',
  '*.log',
  'coverage',
];

const BY_LANGUAGE: Record<string, string[]> = {
  node: [
    'node_modules',
    'dist',
    'build',
    '.next',
    '.nuxt',
    '.output',
    '.turbo',
    '.cache',
    'test',
    'tests',
    '__tests__',
    '**/*.test.*',
    '**/*.spec.*',
    '.yarn/cache',
    '.pnpm-store',
  ],
  python: [
    '__pycache__',
    '*.py[cod]',
    '.venv',
    'venv',
    '.pytest_cache',
    '.mypy_cache',
    '.ruff_cache',
    '.tox',
    '*.egg-info',
    'tests',
    'htmlcov',
  ],
  go: ['bin', 'vendor/**/testdata', '**/*_test.go', '**/testdata'],
  rust: ['target', 'tests', 'benches'],
  java: ['target', 'build', '.gradle', 'out', 'src/test'],
  csharp: ['bin', 'obj', 'tests', '*.Tests'],
  fsharp: ['bin', 'obj', 'tests', '*.Tests'],
  ruby: ['vendor/bundle', 'log', 'tmp', 'spec', 'test', '.bundle', 'node_modules', 'storage'],
  php: [
    'vendor',
    'node_modules',
    'tests',
    'storage/logs',
    'storage/framework/cache',
    'bootstrap/cache/*.php',
  ],
  static: ['node_modules', 'README*', 'LICENSE*'],
};

/** A .dockerignore for the stack: dependencies and build output are rebuilt inside, secrets never enter the context. */
export function dockerignoreFor(plan: ProjectPlan): string {
  const specific = BY_LANGUAGE[plan.language.value] ?? [];
  const output = plan.outputDir?.value;
  const extra =
    output && output !== '.' && plan.language.value === 'node' && !specific.includes(output) ? [output] : [];
  const own = plan.dockerignore?.length
    ? ['', '# From the project’s own .dockerignore (last, so its exceptions win)', ...plan.dockerignore]
    : [];
  return `${[...COMMON, '', `# ${plan.language.value}: dependencies, build output and tests are rebuilt or not needed`, ...specific, ...extra, ...own].join('\n')}\n`;
}
