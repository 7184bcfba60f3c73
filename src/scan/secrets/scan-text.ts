import type { SecretFinding } from '../model.js';
import { secretRules } from './rules.js';

export type SecretMatch = Pick<SecretFinding, 'ruleId' | 'title' | 'severity' | 'line' | 'masked'>;

/** Security: the value is replaced, never stored; only its length (capped) survives as stars. */
function mask(prefix: string, secret: string): string {
  return `${prefix}${'*'.repeat(Math.min(secret.length, 20))}`;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const envSecretName = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIALS?|ACCESS_?KEY)/i;
const placeholder =
  /^(|changeme|change-me|xxx+|\*+|<.*>|\$\{.*\}|\$[A-Z_]+|your[-_].*|example.*|dummy|none|null)$/i;

/** `.env`, `.env.production` and the like; templates (`.env.example`, `.env.sample`) hold no real values. */
export function isEnvFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return /^\.env(\.[\w-]+)?$/.test(base) && !/\.(example|sample|template|dist|defaults?)$/i.test(base);
}

function scanEnvFile(text: string): SecretMatch[] {
  const matches: SecretMatch[] = [];
  text.split('\n').forEach((raw, index) => {
    const assignment = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(raw);
    if (!assignment || !envSecretName.test(assignment[1])) return;
    const value = assignment[2].trim().replace(/^["']|["']$/g, '');
    if (placeholder.test(value)) return;
    matches.push({
      ruleId: 'env-file-secret',
      title: `Secret-looking variable ${assignment[1]} in an env file`,
      severity: 'HIGH',
      line: index + 1,
      masked: mask(`${assignment[1]}=`, value),
    });
  });
  return matches;
}

/** Finds secrets in one text file. Returned matches carry masked text only. */
export function scanTextForSecrets(text: string, path: string): SecretMatch[] {
  const matches: SecretMatch[] = isEnvFile(path) ? scanEnvFile(text) : [];
  for (const rule of secretRules) {
    for (const match of text.matchAll(rule.pattern)) {
      const groups = match.groups ?? {};
      matches.push({
        ruleId: rule.id,
        title: rule.title,
        severity: rule.severity,
        line: lineAt(text, match.index ?? 0),
        masked: mask(groups.prefix ?? '', groups.secret ?? match[0]),
      });
    }
  }
  return matches;
}

/** Binary files are skipped: a NUL byte near the start marks them. */
export function looksLikeText(content: Buffer): boolean {
  return !content.subarray(0, 8000).includes(0);
}
