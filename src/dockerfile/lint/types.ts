import type { Instruction, ParsedDockerfile, TextRange } from '../parse/model.js';
import type { ParsedShell } from '../shell/model.js';

export type Severity = 'error' | 'warning' | 'info' | 'style';
/** `ignore` turns a rule off (hadolint's name for it). */
export type SeveritySetting = Severity | 'ignore';

export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'style'];

export type LabelType = 'text' | 'url' | 'email' | 'rfc3339' | 'semver' | 'hash' | 'spdx';

export interface LintConfig {
  ignored: string[];
  trustedRegistries: string[];
  override: Partial<Record<Severity, string[]>>;
  labelSchema: Record<string, LabelType>;
  strictLabels: boolean;
  failureThreshold: Severity | 'none';
  noFail: boolean;
  disableIgnorePragma: boolean;
}

export interface TextEdit {
  range: TextRange;
  newText: string;
}

export interface RuleFix {
  description: string;
  edits: TextEdit[];
}

export interface RuleDocs {
  why: string;
  howToFix: string;
  /** Matching checks elsewhere (CIS 4.1, Dockle CIS-DI-0001) and links; Trivy checks come from trivy-map.ts. */
  references: string[];
}

/** What a rule reports: the instruction (or bare line) and optionally a sharper message or a fix. */
export interface RuleHit {
  instruction?: Instruction;
  line?: number;
  message?: string;
  fix?: RuleFix;
}

export interface LintContext {
  df: ParsedDockerfile;
  config: LintConfig;
  /** The parsed shell script of a RUN instruction (cached per instruction). */
  shellOf(instruction: Instruction): ParsedShell;
  /** The shell `instruction` runs with: the last SHELL in its stage chain, or `/bin/sh -c` (see shell-program.ts). */
  shellProgramAt(instruction: Instruction): string[];
}

export interface Rule {
  code: string;
  severity: SeveritySetting;
  title: string;
  docs: RuleDocs;
  check(ctx: LintContext): RuleHit[];
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixable: boolean;
  fix?: RuleFix;
}
