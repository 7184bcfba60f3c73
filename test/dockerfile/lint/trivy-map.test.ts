import { describe, expect, it } from 'vitest';
import { getRuleDoc, listRuleCodes } from '../../../src/dockerfile/lint/docs.js';
import { ALL_RULES } from '../../../src/dockerfile/lint/rules/index.js';
import { normaliseTrivyId, TRIVY_CHECK_MAP } from '../../../src/dockerfile/lint/trivy-map.js';

describe('the Trivy mapping is kept in one place', () => {
  it('names only rules that exist', () => {
    const codes = new Set(listRuleCodes());
    expect(
      Object.values(TRIVY_CHECK_MAP)
        .flat()
        .filter((code) => !codes.has(code)),
    ).toEqual([]);
  });

  it('is the only place a rule names a Trivy check', () => {
    const named = ALL_RULES.filter((rule) => rule.docs.references.some((ref) => /trivy|\bDS-?\d/i.test(ref)));
    expect(named.map((rule) => rule.code)).toEqual([]);
  });

  it("is what each rule's documentation says", () => {
    expect(getRuleDoc('DL3019')?.markdown).toContain('- Trivy DS-0025 (DS025)');
    expect(getRuleDoc('DL3015')?.markdown).toContain('- Trivy DS-0029 (DS029)');
    expect(getRuleDoc('DW1002')?.markdown).toContain('- Trivy DS-0031 (DS031)');
    expect(getRuleDoc('DW1009')?.markdown).not.toContain('Trivy');
    for (const [check, rules] of Object.entries(TRIVY_CHECK_MAP)) {
      for (const code of rules) expect(getRuleDoc(code)?.markdown).toContain(`Trivy ${check}`);
    }
  });

  it("reads older Trivy's IDs", () => {
    expect(normaliseTrivyId('DS002')).toBe('DS-0002');
    expect(normaliseTrivyId('DS-0031')).toBe('DS-0031');
  });
});
