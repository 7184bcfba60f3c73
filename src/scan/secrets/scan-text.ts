import { isEnvFile, isSecretName, MASK, SECRET_FORMATS } from '../../security/secrets.js';
import type { SecretFinding } from '../model.js';

export { isEnvFile } from '../../security/secrets.js';

export type SecretMatch = Pick<SecretFinding, 'ruleId' | 'title' | 'severity' | 'line' | 'masked'>;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const placeholder =
  /^(|changeme|change-me|xxx+|\*+|<.*>|\$\{.*\}|\$[A-Z_]+|your[-_].*|example.*|dummy|none|null|pass(word)?|passwd|pwd|secret|(my)?token|user(name)?)$/i;

/** A real key body has long base64 runs; documentation placeholders (`\nXXXX\nXXXX\n`) do not. */
function isPlaceholderKey(ruleId: string, secret: string): boolean {
  return ruleId === 'private-key' && !/[A-Za-z0-9+/]{32}/.test(secret);
}

function scanEnvFile(text: string): SecretMatch[] {
  const matches: SecretMatch[] = [];
  text.split('\n').forEach((raw, index) => {
    const assignment = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(raw);
    if (!assignment || !isSecretName(assignment[1])) return;
    const value = assignment[2].trim().replace(/^["']|["']$/g, '');
    if (placeholder.test(value)) return;
    matches.push({
      ruleId: 'env-file-secret',
      title: `Secret-looking variable ${assignment[1]} in an env file`,
      severity: 'HIGH',
      line: index + 1,
      masked: `${assignment[1]}=${MASK}`,
    });
  });
  return matches;
}

/**
 * Finds secrets in one text file. Returned matches carry masked text only.
 * Security: the value is replaced, never stored; only the format's visible prefix survives.
 */
export function scanTextForSecrets(text: string, path: string): SecretMatch[] {
  const matches: SecretMatch[] = isEnvFile(path) ? scanEnvFile(text) : [];
  for (const format of SECRET_FORMATS) {
    for (const match of text.matchAll(format.pattern)) {
      const groups = match.groups ?? {};
      if (isPlaceholderKey(format.id, groups.secret ?? '') || placeholder.test(groups.secret ?? '')) continue;
      matches.push({
        ruleId: format.id,
        title: format.title.charAt(0).toUpperCase() + format.title.slice(1),
        severity: format.severity,
        line: lineAt(text, match.index ?? 0),
        masked: `${groups.prefix ?? ''}${MASK}`,
      });
    }
  }
  return matches;
}

/** Binary files are skipped: a NUL byte near the start marks them. */
export function looksLikeText(content: Buffer): boolean {
  return !content.subarray(0, 8000).includes(0);
}
