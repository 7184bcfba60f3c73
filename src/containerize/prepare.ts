import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type GeneratedDockerfile,
  generateDockerfile,
  type WrittenFile,
  writeGeneratedFiles,
  writeWithConsent,
} from '../dockerfile/generate/index.js';
import { defaultLintConfig } from '../dockerfile/lint/config.js';
import { fixDockerfileText } from '../dockerfile/lint/fixes.js';
import { lintText } from '../dockerfile/lint/lint-text.js';
import { initShellParser } from '../dockerfile/shell/parser.js';
import type { LintCounts } from '../patterns/index.js';
import { detectProject } from '../project/detect.js';
import type { ProjectPlan } from '../project/types.js';
import type { ContainerizeContext, ContainerizeOptions } from './model.js';
import type { StageRunner } from './stages.js';

export interface Prepared {
  plan: ProjectPlan;
  /** Absolute: the app folder, which is the build context. */
  projectDir: string;
  generated: GeneratedDockerfile;
  /** The Dockerfile that is built: the generated one with safe fixes, or the project's own, kept unless overwrite. */
  dockerfile: string;
  lint: { fixed: string[]; remaining: string[] };
  lintCounts: LintCounts;
  files: WrittenFile[];
  /** Absolute paths of the files this call created (removed again when it is cancelled). */
  created: string[];
}

const readExisting = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

/** Safe fixes on the generated text (never on the project's own file), then what remains. */
async function lintAndFix(text: string, fix: boolean, signal: AbortSignal) {
  await initShellParser();
  const config = defaultLintConfig();
  const fixed = fix ? await fixDockerfileText(text, { config, signal }) : { text, fixed: [] };
  const { findings } = await lintText(fixed.text, { config, signal });
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  return {
    counts: { error: count('error'), warning: count('warning'), info: count('info') },
    text: fixed.text,
    fixed: fixed.fixed.map((f) => `${f.code}@${f.line}`),
    remaining: findings.map((f) => `${f.severity} ${f.code}@${f.line}: ${f.message}`),
  };
}

/** detect, generate, lint (with safe fixes) and write: all that happens before the engine. */
export async function prepare(
  ctx: ContainerizeContext,
  options: ContainerizeOptions,
  stages: StageRunner,
): Promise<Prepared> {
  const plan = await stages.run(
    'detect',
    async () => {
      const root = ctx.workspace.resolve(options.dir, 'read');
      if (options.appDir) ctx.workspace.resolve(path.join(root, options.appDir), 'read');
      return detectProject(root, { appDir: options.appDir });
    },
    (p) => `${p.language.value}${p.framework ? ` (${p.framework.value})` : ''}, ${p.appKind.value}`,
  );
  const projectDir = path.join(plan.root, plan.appDir.value);
  const generated = await stages.run('generate', async () =>
    generateDockerfile(plan, { baseImages: options.baseImages, port: options.port }),
  );
  // Security: resolved through the workspace, so a Dockerfile symlinked outside it is refused, not read.
  const own = readExisting(ctx.workspace.resolve(path.join(projectDir, 'Dockerfile'), 'read'));
  const keptOwn = own !== undefined && !options.overwrite;
  const lint = await stages.run(
    'lint',
    () => lintAndFix(keptOwn ? own : generated.dockerfile, !keptOwn, ctx.signal),
    (l) =>
      `${l.fixed.length} fixed, ${l.remaining.length} remaining${keptOwn ? ' (the project’s own Dockerfile)' : ''}`,
  );
  // A kept Dockerfile shows as exists-differs, with how the generated one would differ.
  const files = [
    { name: 'Dockerfile', content: keptOwn ? generated.dockerfile : lint.text },
    { name: '.dockerignore', content: generated.dockerignore },
  ];
  const written = await stages.run('write', () =>
    options.dryRun
      ? writeGeneratedFiles(ctx.workspace, projectDir, files, { write: false, overwrite: false })
      : writeWithConsent(ctx, projectDir, files, { write: true, overwrite: options.overwrite }),
  );
  return {
    plan,
    projectDir,
    generated,
    dockerfile: keptOwn ? own : lint.text,
    lint: { fixed: lint.fixed, remaining: lint.remaining },
    lintCounts: lint.counts,
    files: written,
    created: files
      .filter((_, index) => written[index]?.action === 'created')
      .map((file) => path.join(projectDir, file.name)),
  };
}
