import { ALL_RULES } from './rules/index.js';
import { trivyChecksOf } from './trivy-map.js';
import type { Rule } from './types.js';

export interface RuleDoc {
  code: string;
  severity: string;
  title: string;
  markdown: string;
}

const BY_CODE = new Map(ALL_RULES.map((rule) => [rule.code, rule]));

export function listRuleCodes(): string[] {
  return ALL_RULES.map((rule) => rule.code);
}

export function ruleByCode(code: string): Rule | undefined {
  return BY_CODE.get(code.toUpperCase());
}

function references(rule: Rule): string[] {
  const refs = [...trivyChecksOf(rule.code).map((check) => `Trivy ${check}`), ...rule.docs.references];
  if (rule.code.startsWith('DL'))
    refs.unshift(`hadolint ${rule.code}: https://github.com/hadolint/hadolint/wiki/${rule.code}`);
  return refs;
}

/** The documentation of one rule as Markdown (what `dockwright://rules/{code}` serves). */
export function getRuleDoc(code: string): RuleDoc | undefined {
  const rule = ruleByCode(code);
  if (!rule) return undefined;
  const severity =
    rule.severity === 'ignore'
      ? 'off by default (enable it with `override` in .hadolint.yaml)'
      : rule.severity;
  const markdown = [
    `# ${rule.code}: ${rule.title}`,
    '',
    `Severity: ${severity}`,
    '',
    '## Why it matters',
    '',
    rule.docs.why,
    '',
    '## How to fix',
    '',
    rule.docs.howToFix,
    '',
    '## References',
    '',
    ...references(rule).map((r) => `- ${r}`),
    '',
  ].join('\n');
  return { code: rule.code, severity: rule.severity, title: rule.title, markdown };
}
