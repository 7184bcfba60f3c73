import { getComposeRuleDoc, listComposeRuleCodes } from '../compose/lint/docs.js';
import { getRuleDoc, listRuleCodes } from '../dockerfile/lint/docs.js';

export interface LintRuleDoc {
  code: string;
  severity: string;
  title: string;
  markdown: string;
}

/** Every lint rule code: Dockerfile (DL, DW) then Compose (DC). */
export function allLintRuleCodes(): string[] {
  return [...listRuleCodes(), ...listComposeRuleCodes()];
}

/** The documentation of a Dockerfile or Compose lint rule, by code in any case. */
export function findLintRuleDoc(code: string): LintRuleDoc | undefined {
  return getRuleDoc(code) ?? getComposeRuleDoc(code);
}
