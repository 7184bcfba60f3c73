import { beforeAll, describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../../src/dockerfile/lint/engine.js';
import { formatFindings } from '../../../src/dockerfile/lint/formats/index.js';
import type { FileFindings } from '../../../src/dockerfile/lint/formats/model.js';
import { initShellParser } from '../../../src/dockerfile/shell/parser.js';

let files: FileFindings[];

describe('output formats', () => {
  beforeAll(async () => {
    await initShellParser();
    files = [
      {
        path: 'app/Dockerfile',
        findings: lintDockerfile('FROM node:latest\nMAINTAINER a <b@c.d>\nRUN sudo ls\n'),
      },
    ];
  });

  // sarif-schema.test.ts validates against the official schema; these are the properties GitHub
  // code scanning requires of an upload, checked one by one.
  it('SARIF 2.1.0 has what GitHub code scanning requires', () => {
    const sarif = JSON.parse(formatFindings('sarif', files));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const [run] = sarif.runs;
    expect(run.tool.driver.name).toBe('dockwright');
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.help.markdown).toContain(rule.id);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(run.results.length).toBe(files[0].findings.length);
    for (const result of run.results) {
      expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text).toBeTruthy();
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation.uri).toBe('app/Dockerfile');
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
      expect(location.region.startColumn).toBeGreaterThanOrEqual(1);
    }
  });

  it('checkstyle is well-formed XML with escaped messages', () => {
    const xml = formatFindings('checkstyle', files);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<checkstyle version="4.3">/);
    expect(xml).toContain('<file name="app/Dockerfile">');
    expect(xml).toMatch(/<error line="3" column="1" severity="error" message="[^"<]+" source="DL3004"\/>/);
    expect(xml.trim().endsWith('</checkstyle>')).toBe(true);
  });

  it('GitLab Code Quality issues have unique fingerprints and GitLab severities', () => {
    const issues = JSON.parse(formatFindings('gitlab_codeclimate', files));
    expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(issues.length);
    for (const issue of issues) {
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
      expect(issue.location.path).toBe('app/Dockerfile');
      expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
    }
  });

  it('JSON and terminal forms name code, line and severity', () => {
    const json = JSON.parse(formatFindings('json', files));
    expect(json).toContainEqual(
      expect.objectContaining({
        file: 'app/Dockerfile',
        line: 2,
        code: 'DL4000',
        level: 'error',
        fixable: true,
      }),
    );
    const text = formatFindings('tty', files, ['ShellCheck (SC) checks were skipped.']);
    expect(text).toContain('app/Dockerfile:3 DL3004 error:');
    expect(text).toContain('ShellCheck (SC) checks were skipped.');
    expect(text).toMatch(/\d+ findings in 1 file, \d+ fixable with --fix\.$/);
  });
});
