/**
 * Detection agreement with Nixpacks over ../shared/corpus/projects-nixpacks.
 * Run: npm run bench -- detect
 *
 * Nixpacks records no package manager as such; its install (or, when none, build) commands name it.
 * Examples driven by nixpacks.toml/test.env configuration are not detection cases and are excluded.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../src/errors.js';
import { detectProject } from '../src/project/detect.js';

interface Example {
  name: string;
  expected_provider: string | null;
  expected_install_cmds?: string[] | null;
  expected_build_cmds?: string[] | null;
  has_nixpacks_config: boolean;
  top_level_files: string[];
  config_driven?: boolean;
}

/** bench/run.mjs runs every benchmark from the repository root. */
const repoRoot = process.cwd();
const corpus = path.resolve(repoRoot, '../shared/corpus');
const expectations = JSON.parse(readFileSync(path.join(corpus, 'projects-nixpacks.expected.json'), 'utf8'));

const PROVIDER_LANGUAGE: Record<string, string> = { staticfile: 'static' };
const MANAGER_TOKENS: Array<[RegExp, string]> = [
  [/\bpoetry\b/, 'poetry'],
  [/\buv (sync|pip)\b/, 'uv'],
  [/\bpdm\b/, 'pdm'],
  [/\bpipenv\b/, 'pipenv'],
  [/\bpip install\b/, 'pip'],
  [/\bpnpm\b/, 'pnpm'],
  [/\byarn\b/, 'yarn'],
  [/\bbun\b/, 'bun'],
  [/\bnpm (ci|i|install)\b/, 'npm'],
  [/\bgo mod\b/, 'go-modules'],
  [/\bcargo\b/, 'cargo'],
  [/\bmvnw?\b/, 'maven'],
  [/\bgradlew?\b/, 'gradle'],
  [/\bbundle\b/, 'bundler'],
  [/\bcomposer\b/, 'composer'],
  [/\bdotnet\b/, 'nuget'],
  [/\bmix\b/, 'mix'],
  [/\blein\b/, 'leiningen'],
  [/\bclojure -T/, 'clojure-cli'],
  [/\bsbt\b/, 'sbt'],
  [/\bstack\b/, 'stack'],
  [/\bshards\b/, 'shards'],
  [/\bdart pub\b/, 'pub'],
  [/\bgleam\b/, 'gleam'],
  [/\bswift package\b/, 'swiftpm'],
];

/** The manager the first install command (Corepack set-up skipped) names; build commands when there is none. */
function expectedManager(example: Example): string | undefined {
  if (example.expected_provider === 'rust') return 'cargo';
  const commands = (example.expected_install_cmds ?? example.expected_build_cmds ?? []).filter(
    (c) => !c.includes('corepack'),
  );
  for (const command of commands) {
    const found = MANAGER_TOKENS.find(([pattern]) => pattern.test(command));
    if (found) return found[1];
  }
  return undefined;
}

const normaliseManager = (manager: string | undefined) => (manager === 'yarn-berry' ? 'yarn' : manager);

const cases = (expectations.examples as Example[]).filter((e) => !e.has_nixpacks_config && !e.config_driven);
let languageAgree = 0;
let managerAgree = 0;
let counted = 0;
const disagreements: string[] = [];
const missing: string[] = [];
for (const example of cases) {
  const dir = path.join(corpus, 'projects-nixpacks', example.name);
  if (!existsSync(dir)) {
    missing.push(example.name);
    continue;
  }
  counted++;
  const absent = example.top_level_files.filter(
    (file) => !file.endsWith('/') && !existsSync(path.join(dir, file)),
  );
  const corpusNote = absent.length > 0 ? ` [not in the reduced copy: ${absent.join(', ')}]` : '';
  const wantLanguage = PROVIDER_LANGUAGE[example.expected_provider ?? ''] ?? example.expected_provider;
  const wantManager = expectedManager(example);
  try {
    const plan = detectProject(dir);
    const language = plan.language.value;
    const manager = normaliseManager(plan.packageManager?.value);
    if (language === wantLanguage) languageAgree++;
    else
      disagreements.push(
        `${example.name}: language ${language} (from ${plan.language.source}), Nixpacks ${wantLanguage}`,
      );
    if (manager === wantManager) managerAgree++;
    else
      disagreements.push(
        `${example.name}: package manager ${manager ?? 'none'} (${plan.packageManager?.source ?? 'no manifest'}), Nixpacks ${wantManager ?? 'none'}${corpusNote}`,
      );
  } catch (error) {
    disagreements.push(`${example.name}: detection failed: ${errorMessage(error)}${corpusNote}`);
  }
}
const percent = (n: number) => `${((100 * n) / counted).toFixed(1)}%`;
console.log(
  `Examples: ${counted} detection cases (${expectations.examples.length - cases.length} config-driven excluded, ${missing.length} absent from the corpus: ${missing.join(', ') || 'none'})`,
);
console.log(
  `Language agreement:        ${languageAgree}/${counted} = ${percent(languageAgree)} (target 95%)`,
);
console.log(`Package manager agreement: ${managerAgree}/${counted} = ${percent(managerAgree)} (target 95%)`);
console.log(`Disagreements (${disagreements.length}):`);
for (const line of disagreements) console.log(`  - ${line}`);
