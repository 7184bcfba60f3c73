import path from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { defaultLintConfig, loadLintConfig } from '../dockerfile/lint/config.js';
import { fixDockerfile } from '../dockerfile/lint/fixes.js';
import { formatFindings, OUTPUT_FORMATS, type OutputFormat } from '../dockerfile/lint/formats/index.js';
import type { FileFindings } from '../dockerfile/lint/formats/model.js';
import { failsThreshold, lintText } from '../dockerfile/lint/lint-text.js';
import { readDockerfile } from '../dockerfile/lint/read-dockerfile.js';
import type { LintConfig, Severity } from '../dockerfile/lint/types.js';
import { initShellParser } from '../dockerfile/shell/parser.js';
import { ToolError } from '../errors.js';
import { writeNamedFile } from '../workspace.js';

const HELP = `dockwright lint [FILE...] [options]

Lints Dockerfiles with every hadolint rule (DL), dockwright's security rules (DW) and
ShellCheck (SC, when installed). Reads ./Dockerfile when no file is given; "-" reads stdin.

  -f, --format FORMAT          tty (default), json, sarif, checkstyle, gitlab_codeclimate
  -t, --failure-threshold SEV  error, warning, info (default), style or none
      --no-fail                always exit 0
      --fix                    apply safe fixes in place, then report what is left
  -c, --config FILE            a .hadolint.yaml (default: ./.hadolint.yaml when present)
      --ignore CODE            ignore a rule (repeatable)
      --no-shellcheck          skip ShellCheck

Exit code: 1 when a finding is at or above the failure threshold, 0 otherwise, 2 on usage errors.`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function resolveConfig(configPath: string | undefined): Promise<LintConfig> {
  if (!configPath) return (await loadLintConfig(process.cwd())) ?? defaultLintConfig();
  const config = await loadLintConfig(path.dirname(path.resolve(configPath)), path.basename(configPath));
  if (!config)
    throw new ToolError('NOT_FOUND', `Lint config "${configPath}" was not found.`, 'Check the path.');
  return config;
}

export async function lintCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'tty' },
      'failure-threshold': { type: 'string', short: 't' },
      'no-fail': { type: 'boolean' },
      fix: { type: 'boolean' },
      config: { type: 'string', short: 'c' },
      ignore: { type: 'string', multiple: true },
      'no-shellcheck': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `Unknown format "${values.format}".`,
      `Use one of ${OUTPUT_FORMATS.join(', ')}.`,
    );
  }
  // Left to tier up, V8 optimises tree-sitter's large WASM lexer in the background and the
  // process then waits about a second at exit for that; baseline code is fast enough for one run.
  setFlagsFromString('--liftoff-only');
  await initShellParser();
  const config = await resolveConfig(values.config);
  const threshold = values['failure-threshold'];
  if (threshold) {
    if (!['error', 'warning', 'info', 'style', 'none'].includes(threshold)) {
      throw new ToolError(
        'INVALID_ARGUMENT',
        `Unknown failure threshold "${threshold}".`,
        'Use error, warning, info, style or none.',
      );
    }
    config.failureThreshold = threshold as Severity | 'none';
  }
  if (values['no-fail']) config.noFail = true;
  config.ignored = [...config.ignored, ...(values.ignore ?? [])];
  const files = positionals.length > 0 ? positionals : ['Dockerfile'];
  const results: FileFindings[] = [];
  const notes = new Set<string>();
  for (const file of files) {
    let text = file === '-' ? await readStdin() : await readDockerfile(file);
    if (values.fix && file !== '-') {
      const fixed = fixDockerfile(text, { config });
      if (fixed.text !== text) {
        await writeNamedFile(file, fixed.text);
        notes.add(`${file}: fixed ${fixed.fixed.length} finding(s).`);
        text = fixed.text;
      }
    }
    const result = await lintText(text, { config, shellcheck: !values['no-shellcheck'] });
    for (const note of result.notes) notes.add(note);
    results.push({ path: file === '-' ? '<stdin>' : file, findings: result.findings });
  }
  console.log(formatFindings(format, results, [...notes]));
  if (format !== 'tty') for (const note of notes) console.error(note);
  return failsThreshold(
    results.flatMap((r) => r.findings),
    config,
  )
    ? 1
    : 0;
}
