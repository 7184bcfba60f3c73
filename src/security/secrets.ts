/** Names of variables whose values are secrets (PASSWORD, TOKEN, SECRET, KEY, credentials). */
const SECRET_NAME =
  /(pass(word|wd)?|secret|token|(^|_)key$|api_?key|private_?key|access_?key|credential|auth|pwd|dsn)/i;

/** Values that are secrets whatever their name. */
export const SECRET_VALUE_PATTERNS: { id: string; title: string; pattern: RegExp }[] = [
  {
    id: 'private-key',
    title: 'Private key',
    pattern: /-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----/,
  },
  { id: 'aws-access-key-id', title: 'AWS access key id', pattern: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/ },
  {
    id: 'github-token',
    title: 'GitHub token',
    pattern: /\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b/,
  },
  { id: 'gitlab-token', title: 'GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}\b/ },
  { id: 'slack-token', title: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
  { id: 'stripe-key', title: 'Stripe secret key', pattern: /\b(sk|rk)_live_[A-Za-z0-9]{20,}\b/ },
  { id: 'google-api-key', title: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { id: 'npm-token', title: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  {
    id: 'jwt',
    title: 'JSON Web Token',
    pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/,
  },
  {
    id: 'url-credentials',
    title: 'Password in a URL',
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s@/]+@/i,
  },
];

export const MASK = '****';

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** The first secret pattern a value matches, if any. */
export function secretKindOf(value: string): string | undefined {
  return SECRET_VALUE_PATTERNS.find((p) => p.pattern.test(value))?.id;
}

/** `NAME=value` with the value masked when the name or the value looks secret. */
export function maskEnvEntry(entry: string): string {
  const eq = entry.indexOf('=');
  if (eq < 0) return entry;
  const name = entry.slice(0, eq);
  const value = entry.slice(eq + 1);
  return isSecretName(name) || secretKindOf(value) ? `${name}=${MASK}` : entry;
}

/** Replaces every secret-looking value in free text (logs, command output) with a mask. */
export function maskSecretsInText(text: string): string {
  let masked = text;
  for (const { id, pattern } of SECRET_VALUE_PATTERNS) {
    const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    masked = masked.replace(global, (match) =>
      id === 'url-credentials' ? match.replace(/:[^:@/]+@$/, `:${MASK}@`) : `${match.slice(0, 4)}${MASK}`,
    );
  }
  // NAME=value pairs whose name is secret (PASSWORD=hunter2, api_key: abc).
  return masked.replace(
    /\b([A-Za-z_][A-Za-z0-9_]*)(\s*[=:]\s*)("[^"\n]*"|'[^'\n]*'|[^\s"',;]+)/g,
    (whole, name: string, sep: string, value: string) =>
      isSecretName(name) && value !== MASK && !value.startsWith(MASK) ? `${name}${sep}${MASK}` : whole,
  );
}
