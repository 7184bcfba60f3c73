import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRuleDoc, listRuleCodes } from '../../../src/dockerfile/lint/docs.js';
import { allLintRuleCodes, findLintRuleDoc } from '../../../src/toolkit/rule-docs.js';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';

interface RuleOutput {
  code: string;
  title: string;
  severity: string;
  markdown: string;
  resource: string;
}

describe('dockerfile_rule', () => {
  let mcp: TestClient;

  beforeAll(async () => {
    mcp = await connectInMemory({ readOnly: true });
  });
  afterAll(() => mcp.close());

  it('returns the same Markdown as the dockwright://rules/{code} resource', async () => {
    const out = await mcp.ok<RuleOutput>('dockerfile_rule', { code: 'DL3008' });
    expect(out).toMatchObject({ code: 'DL3008', severity: 'warning', resource: 'dockwright://rules/DL3008' });
    expect(out.markdown).toMatch(/^# DL3008: .+\n/);
    expect(out.markdown).toContain('## How to fix');
    const resource = await mcp.client.readResource({ uri: 'dockwright://rules/DL3008' });
    expect((resource.contents[0] as { text: string }).text).toBe(out.markdown);
  });

  it('documents every rule code, including security rules and rules that are off by default', async () => {
    expect(allLintRuleCodes()).toEqual(expect.arrayContaining([...listRuleCodes(), 'DC001', 'DC014']));
    for (const code of allLintRuleCodes()) {
      const out = await mcp.ok<RuleOutput>('dockerfile_rule', { code });
      expect(out.markdown).toBe(findLintRuleDoc(code)?.markdown);
      expect(out.markdown).toContain('## How to fix');
    }
    expect(getRuleDoc('DL3008')?.markdown).toBe(findLintRuleDoc('DL3008')?.markdown);
    const off = await mcp.ok<RuleOutput>('dockerfile_rule', { code: 'DL3057' });
    expect(off.severity).toBe('ignore');
    expect(off.markdown).toContain('off by default');
  });

  it('explains Compose rules too, with the same text as their resource', async () => {
    const out = await mcp.ok<RuleOutput>('dockerfile_rule', { code: 'dc004' });
    expect(out).toMatchObject({ code: 'DC004', severity: 'error', resource: 'dockwright://rules/DC004' });
    expect(out.markdown).toMatch(/^# DC004: Secret written inline in environment\n/);
    expect(out.markdown).toContain('x-dockwright: { ignore: [DC004] }');
    const resource = await mcp.client.readResource({ uri: 'dockwright://rules/DC004' });
    expect((resource.contents[0] as { text: string }).text).toBe(out.markdown);
    expect(await mcp.fails('dockerfile_rule', { code: 'DC04' })).toMatch(/Did you mean DC004\b/);
  });

  it('accepts lower case and the resource URI', async () => {
    expect((await mcp.ok<RuleOutput>('dockerfile_rule', { code: 'dw1001' })).code).toBe('DW1001');
    expect((await mcp.ok<RuleOutput>('dockerfile_rule', { code: 'dockwright://rules/DL3007' })).code).toBe(
      'DL3007',
    );
  });

  it('suggests close codes for an unknown one', async () => {
    expect(await mcp.fails('dockerfile_rule', { code: 'DL3O08' })).toMatch(
      /No lint rule "DL3O08"[\s\S]*Did you mean DL3008\b/,
    );
    expect(await mcp.fails('dockerfile_rule', { code: 'DL308' })).toMatch(/Did you mean DL3008\b/);
    expect(await mcp.fails('dockerfile_rule', { code: 'DW1099' })).toMatch(/Did you mean DW1009\b/);
    expect(await mcp.fails('dockerfile_rule', { code: 'nonsense-code' })).toMatch(
      /DL \(hadolint\) or DW .* or DC \(Compose\)/,
    );
  });

  it('points ShellCheck codes at the ShellCheck wiki', async () => {
    expect(await mcp.fails('dockerfile_rule', { code: 'SC2086' })).toContain(
      'https://www.shellcheck.net/wiki/SC2086',
    );
  });
});
