import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRuleCodes } from '../../../src/dockerfile/lint/docs.js';
import { formatFindings } from '../../../src/dockerfile/lint/formats/index.js';
import type { FileFindings } from '../../../src/dockerfile/lint/formats/model.js';
import { lintText } from '../../../src/dockerfile/lint/lint-text.js';
import type { Finding } from '../../../src/dockerfile/lint/types.js';
import { runProcess } from '../../../src/exec/process.js';
import { REPO_ROOT } from '../../helpers/mcp.js';

// The official schema and validator come from the dev dependency @microsoft/sarif-multitool.
const MULTITOOL_DIR = path.join(REPO_ROOT, 'node_modules/@microsoft/sarif-multitool-linux');
const SCHEMA = path.join(MULTITOOL_DIR, 'sarif-2.1.0.json');
const MULTITOOL = path.join(MULTITOOL_DIR, 'Sarif.Multitool');

// ajv-formats is not a dependency of ours; these checks are enough for the four formats the
// SARIF schema uses.
const FORMATS: Record<string, (value: string) => boolean> = {
  uri: (v) => /^[a-z][a-z0-9+.-]*:\S*$/i.test(v) && URL.canParse(v),
  'uri-reference': (v) => /^[^\s<>"{}|\\^`]*$/.test(v) && URL.canParse(v, 'http://base.invalid/'),
  'date-time': (v) =>
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(v) && !Number.isNaN(Date.parse(v)),
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
};

function syntheticFinding(code: string, line: number): Finding {
  return {
    code,
    severity: 'warning',
    message: `${code} fired.`,
    line,
    column: 1,
    endLine: line,
    endColumn: 9,
    fixable: false,
  };
}

let validate: ValidateFunction;
const outputs = new Map<string, string>();

describe('SARIF output against the SARIF 2.1.0 schema', () => {
  beforeAll(async () => {
    const schema = JSON.parse(await readFile(SCHEMA, 'utf8'));
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const [name, check] of Object.entries(FORMATS)) ajv.addFormat(name, check);
    validate = ajv.compile(schema);

    const lint = async (text: string) => (await lintText(text, { shellcheck: true })).findings;
    const files: FileFindings[] = [
      {
        path: 'app/Dockerfile',
        findings: await lint(
          'FROM node:latest\nMAINTAINER a <b@c.d>\nRUN sudo ls && cd /x && apt-get install curl\nEXPOSE 22\nCMD node $X\n',
        ),
      },
      {
        path: '/abs/dir with space/Dockerfile',
        findings: await lint('FROM debian:12\nRUN echo $1 `ls`\nADD https://x.invalid/a.tgz /a\n'),
      },
      {
        path: 'C:\\proj\\Dockerfile',
        findings: await lint(
          'FROM debian:12\nENV AWS_SECRET_ACCESS_KEY=abc\nRUN curl -sL https://x.invalid | sh\n',
        ),
      },
      {
        path: 'broken/Dockerfile.100%',
        findings: await lint('FROM debian:12\nFROBNICATE now\nRUN sudo ls\n'),
      },
      { path: '<stdin>', findings: await lint('FROM debian:12\nUSER 1\n') },
    ];
    outputs.set('real findings, five paths', formatFindings('sarif', files));
    outputs.set(
      'one finding of every rule',
      formatFindings('sarif', [
        { path: 'Dockerfile', findings: listRuleCodes().map((code, i) => syntheticFinding(code, i + 1)) },
      ]),
    );
    outputs.set('no findings', formatFindings('sarif', [{ path: 'Dockerfile', findings: [] }]));
  });

  it('covers the codes it claims to: real findings include hadolint, security, ShellCheck and parse errors', () => {
    const codes = new Set<string>(
      JSON.parse(outputs.get('real findings, five paths') ?? '').runs[0].results.map(
        (r: { ruleId: string }) => r.ruleId,
      ),
    );
    for (const prefix of ['DL3', 'DW', 'SC', 'DL1000'])
      expect(
        [...codes].some((c) => c.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it('validates with ajv (every output), and ajv rejects a broken log', () => {
    for (const [name, sarif] of outputs) {
      const ok = validate(JSON.parse(sarif));
      expect(validate.errors ?? [], name).toEqual([]);
      expect(ok).toBe(true);
    }
    const broken = JSON.parse(outputs.get('no findings') ?? '');
    broken.runs[0].results.push({
      ruleId: 'DL3008',
      locations: [{ physicalLocation: { region: { startLine: 0 } } }],
    });
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toEqual(expect.arrayContaining(['required', 'minimum']));
  });

  describe("with Microsoft's SARIF multitool", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'dw-sarif-'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('reports no schema errors and no SARIF rule errors or warnings', { timeout: 120_000 }, async () => {
      for (const [index, [name, sarif]] of [...outputs].entries()) {
        const input = path.join(dir, `in-${index}.sarif`);
        const report = path.join(dir, `out-${index}.sarif`);
        await writeFile(input, sarif);
        const run = await runProcess(MULTITOOL, ['validate', '--output', report, input], {
          timeoutMs: 60_000,
          env: { DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
        });
        expect(run.exitCode, `${name}: ${run.stdout}${run.stderr}`).toBe(0);
        const log = JSON.parse(await readFile(report, 'utf8'));
        expect(log.runs[0].invocations[0].executionSuccessful).toBe(true);
        const problems = log.runs[0].results.map(
          (r: { ruleId: string; level?: string; message: { arguments?: string[] } }) =>
            `${r.level ?? 'warning'} ${r.ruleId} ${r.message.arguments?.join(' ')}`,
        );
        expect(problems, name).toEqual([]);
      }
    });

    it('flags a broken log, so a clean report means something', { timeout: 60_000 }, async () => {
      const input = path.join(dir, 'broken.sarif');
      const report = path.join(dir, 'broken-out.sarif');
      const broken = JSON.parse(outputs.get('no findings') ?? '');
      broken.runs[0].results.push({
        ruleId: 'DL3008',
        message: { text: 'x' },
        locations: [{ physicalLocation: { artifactLocation: { uri: '/abs' }, region: { startLine: 0 } } }],
      });
      await writeFile(input, JSON.stringify(broken));
      await runProcess(MULTITOOL, ['validate', '--output', report, input], {
        timeoutMs: 60_000,
      });
      const log = JSON.parse(await readFile(report, 'utf8'));
      expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(
        expect.arrayContaining(['SARIF1004']),
      );
    });
  });
});
