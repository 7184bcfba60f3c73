import { parseArgs } from 'node:util';
import { errorMessage, isToolError, ToolError } from '../errors.js';
import { type Severity, severities } from '../scan/model.js';
import type { ScanOptions } from '../scan/options.js';
import type { AllowEntry } from '../scan/policy.js';
import type { TrivyScanner } from '../scan/trivy/run.js';
import { wholeNumber } from './args.js';
import { interruptible } from './interrupt.js';

const HELP = `dockwright scan IMAGE|DIR [options]

Scans a local image (or a project folder) for vulnerabilities and secrets, and gates on a
policy. Uses Trivy when installed (or DOCKWRIGHT_TRIVY), else the built-in scanner with OSV
data from --osv-dir or DOCKWRIGHT_OSV_DIR.

  --fail-on SEV          lowest severity that fails: critical, high (default), medium, low
  --format FORMAT        table (default), json or sarif
  --sbom                 print a CycloneDX 1.5 SBOM of the image or folder instead
  --scanners LIST        vuln,secret (default; a folder adds misconfig), misconfig, license
  --engine ENGINE        auto (default), trivy or builtin
  --severity LIST        report only these severities
  --ignore-unfixed       leave out vulnerabilities without a fix
  --allow ID[@DATE]      accept a finding (until DATE, YYYY-MM-DD); repeatable
  --allow-file FILE      YAML or JSON list of {id, package, expires, reason}
  --osv-dir PATH         folder or zip of OSV records
  --ignore-file FILE     a .trivyignore
  --trivy PATH           the Trivy binary
  --timeout SECONDS      give up after this long (default 300)
  -o, --output FILE      write the report to FILE
  -q, --quiet            no progress on stderr

Exit code: 0 when the policy passes, 1 when it fails, 2 when the scan could not run or
vulnerability data was unavailable (never mistaken for a clean result).`;

const options = {
  'fail-on': { type: 'string', default: 'high' },
  format: { type: 'string', default: 'table' },
  sbom: { type: 'boolean' },
  scanners: { type: 'string' },
  engine: { type: 'string', default: 'auto' },
  severity: { type: 'string' },
  'ignore-unfixed': { type: 'boolean' },
  allow: { type: 'string', multiple: true },
  'allow-file': { type: 'string' },
  'osv-dir': { type: 'string' },
  'ignore-file': { type: 'string' },
  trivy: { type: 'string' },
  timeout: { type: 'string', default: '300' },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

function severityOf(value: string, flag: string): Severity {
  const upper = value.toUpperCase();
  if (!(severities as readonly string[]).includes(upper)) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `${flag} "${value}" is not a severity.`,
      `Use one of ${severities.join(', ').toLowerCase()}.`,
    );
  }
  return upper as Severity;
}

function listOf<T extends string>(value: string, allowed: readonly T[], flag: string): T[] {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  for (const item of items) {
    if (!allowed.includes(item as T)) {
      throw new ToolError(
        'INVALID_ARGUMENT',
        `${flag} "${item}" is not known.`,
        `Use ${allowed.join(', ')}.`,
      );
    }
  }
  return items as T[];
}

async function allowList(entries: string[] = [], file?: string): Promise<AllowEntry[]> {
  const fromFlags = entries.map((entry) => {
    const [id, expires] = entry.split('@');
    return { id, expires };
  });
  if (!file) return fromFlags;
  const { readFile } = await import('node:fs/promises');
  const { parse } = await import('../yaml.js');
  const parsed = parse(await readFile(file, 'utf8')) as unknown;
  const list = Array.isArray(parsed) ? parsed : (parsed as { allow?: unknown })?.allow;
  if (!Array.isArray(list) || !list.every((item) => typeof item?.id === 'string')) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `Allow-list "${file}" is not a list of entries with an id.`,
      'Write e.g. `- id: CVE-2024-1234\\n  expires: 2025-12-31`.',
    );
  }
  return [...fromFlags, ...(list as AllowEntry[])];
}

export async function scanCommand(argv: string[]): Promise<number> {
  const interrupt = interruptible();
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options });
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (positionals.length !== 1)
      throw new ToolError(
        'INVALID_ARGUMENT',
        'Give exactly one image or folder to scan.',
        'See dockwright scan --help.',
      );
    const { runScan } = await import('../scan/cli-run.js');
    const format = listOf(values.format, ['table', 'json', 'sarif'] as const, '--format')[0];
    const scanOptions: ScanOptions = {
      scanners: values.scanners
        ? listOf<TrivyScanner>(values.scanners, ['vuln', 'secret', 'misconfig', 'license'], '--scanners')
        : [],
      engine: listOf(values.engine, ['auto', 'trivy', 'builtin'] as const, '--engine')[0],
      severities: values.severity?.split(',').map((s) => severityOf(s, '--severity')),
      ignoreUnfixed: values['ignore-unfixed'],
      osvSource: values['osv-dir'],
      ignoreFile: values['ignore-file'],
      trivyPath: values.trivy,
      timeoutSeconds: wholeNumber(values.timeout, 'timeout') ?? 300,
      signal: interrupt.signal,
      onProgress: values.quiet ? undefined : (message) => process.stderr.write(`dockwright: ${message}\n`),
    };
    return await runScan(positionals[0], {
      scanOptions,
      policy: {
        failOn: severityOf(values['fail-on'], '--fail-on'),
        ignoreUnfixed: Boolean(values['ignore-unfixed']),
        allow: await allowList(values.allow, values['allow-file']),
      },
      format,
      sbom: Boolean(values.sbom),
      output: values.output,
    });
  } catch (error) {
    const text = isToolError(error) ? error.toText() : errorMessage(error);
    process.stderr.write(`dockwright scan: ${text}\n`);
    return 2;
  } finally {
    interrupt.done();
  }
}
