import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/scan/model.js';
import { toSarif } from '../../src/scan/sarif.js';
import { summariseFindings, topFindings } from '../../src/scan/summary.js';
import { normaliseCheckId, parseTrivyReport } from '../../src/scan/trivy/report.js';
import { sarifValidator, trivyReportsDir } from './helpers/env.js';

const reports = readdirSync(trivyReportsDir).filter((name) => name.endsWith('.json.golden'));

/** Counts straight from the raw report, independently of the parser. */
function rawCounts(report: { Results?: Record<string, unknown>[] }) {
  const counts: Record<string, number> = {};
  for (const result of report.Results ?? []) {
    for (const key of ['Vulnerabilities', 'Misconfigurations', 'Secrets', 'Licenses']) {
      for (const item of (result[key] as { Severity?: string; Status?: string }[] | undefined) ?? []) {
        if (key === 'Misconfigurations' && item.Status && item.Status !== 'FAIL') continue;
        counts[item.Severity ?? 'UNKNOWN'] = (counts[item.Severity ?? 'UNKNOWN'] ?? 0) + 1;
      }
    }
  }
  return counts;
}

function asResult(parsed: ReturnType<typeof parseTrivyReport>): ScanResult {
  return {
    ...parsed,
    engine: { name: 'trivy', version: 'golden', path: 'trivy' },
    vulnerabilityStatus: 'scanned',
    warnings: [],
  };
}

describe("Trivy's golden reports", () => {
  it('are all there', () => expect(reports.length).toBeGreaterThanOrEqual(5));

  for (const name of reports) {
    const text = readFileSync(path.join(trivyReportsDir, name), 'utf8');
    it(`${name}: counts per severity match the report`, () => {
      const parsed = parseTrivyReport(text);
      const summary = summariseFindings(parsed.findings);
      const nonZero = Object.fromEntries(Object.entries(summary.bySeverity).filter(([, count]) => count > 0));
      expect(nonZero).toEqual(rawCounts(JSON.parse(text)));
      expect(summary.total).toBeGreaterThan(0);
    });
    it(`${name}: our SARIF is valid SARIF 2.1.0`, async () => {
      const validate = await sarifValidator();
      const sarif = toSarif(asResult(parseTrivyReport(text)));
      expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    });
  }

  it("Trivy's own SARIF report passes the same validator", async () => {
    const validate = await sarifValidator();
    const golden = JSON.parse(readFileSync(path.join(trivyReportsDir, 'alpine-310.sarif.golden'), 'utf8'));
    expect(validate(golden)).toBe(true);
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
  });

  it('reads vulnerabilities with fixed versions and layers', () => {
    const parsed = parseTrivyReport(
      readFileSync(path.join(trivyReportsDir, 'alpine-310.json.golden'), 'utf8'),
    );
    expect(parsed.os).toEqual({ family: 'alpine', version: '3.10.2' });
    const [top] = topFindings(parsed.findings, 1);
    expect(top).toMatchObject({
      kind: 'vulnerability',
      packageName: expect.any(String),
      fixedVersion: expect.any(String),
    });
    expect(summariseFindings(parsed.findings).vulnerabilities).toMatchObject({
      total: 4,
      fixable: 4,
      unfixed: 0,
    });
  });

  it('reads packages and secrets, keeping only masked matches', () => {
    const npm = parseTrivyReport(readFileSync(path.join(trivyReportsDir, 'npm.json.golden'), 'utf8'));
    expect(npm.packages).toHaveLength(12);
    expect(npm.packages[0]).toMatchObject({ ecosystem: 'npm', name: 'asap', version: '2.0.6' });
    const secrets = parseTrivyReport(readFileSync(path.join(trivyReportsDir, 'secrets.json.golden'), 'utf8'));
    expect(secrets.findings.map((f) => f.kind === 'secret' && f.ruleId)).toContain('aws-access-key-id');
  });

  it('normalises old and new misconfiguration ids', () => {
    expect(normaliseCheckId('DS002', 'AVD-DS-0002')).toEqual({ id: 'DS-0002', legacyId: 'DS002' });
    expect(normaliseCheckId('DS-0002')).toEqual({ id: 'DS-0002' });
    expect(normaliseCheckId('AVD-DS-0026')).toEqual({ id: 'AVD-DS-0026' });
    const parsed = parseTrivyReport(
      readFileSync(path.join(trivyReportsDir, 'dockerfile.json.golden'), 'utf8'),
    );
    expect(parsed.findings[0]).toMatchObject({ kind: 'misconfiguration', id: 'DS-0002', severity: 'HIGH' });
  });

  it('accepts a report with no arrays at all and refuses other schema versions', () => {
    expect(parseTrivyReport('{"SchemaVersion":2,"ArtifactName":"x"}').findings).toEqual([]);
    expect(parseTrivyReport('{"SchemaVersion":2,"Results":[{"Target":"t"}]}').packages).toEqual([]);
    expect(() => parseTrivyReport('{"SchemaVersion":1}')).toThrow(/SchemaVersion 1/);
    expect(() => parseTrivyReport('not json')).toThrow(/not JSON/);
  });
});
