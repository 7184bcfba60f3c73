/**
 * The one catalogue of secrets: value formats, secret-looking names, credential file names
 * and the one mask. Masking (logs, inspect, history, labels, stored patterns), linting
 * (DW1002, DC004) and scanning (files in images and projects) all read it.
 */

export const MASK = '****';

export type SecretSeverity = 'CRITICAL' | 'HIGH' | 'MEDIUM';

export interface SecretFormat {
  id: string;
  /** Lower-case noun phrase: "GitHub token". */
  title: string;
  severity: SecretSeverity;
  /** Global; group `secret` is the value to hide, group `prefix` (optional) stays visible. */
  pattern: RegExp;
}

const PRIVATE_KEY_HEADER = /-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----/;

/** Credential formats as their issuers publish them. */
export const SECRET_FORMATS: SecretFormat[] = [
  {
    id: 'private-key',
    title: 'private key',
    severity: 'HIGH',
    // Up to the END line, or to the end of the text when it was cut.
    pattern: new RegExp(
      `(?<prefix>${PRIVATE_KEY_HEADER.source})(?<secret>[\\s\\S]*?(?:-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----|$(?![\\s\\S])))`,
      'g',
    ),
  },
  {
    id: 'aws-access-key-id',
    title: 'AWS access key ID',
    severity: 'CRITICAL',
    pattern: /\b(?<prefix>AKIA|ASIA|ABIA|ACCA)(?<secret>[A-Z0-9]{16})\b/g,
  },
  {
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    severity: 'CRITICAL',
    pattern:
      /(?<prefix>aws_?secret_?access_?key["']?\s*[:=]\s*["']?)(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi,
  },
  {
    id: 'github-token',
    title: 'GitHub token',
    severity: 'CRITICAL',
    pattern: /\b(?<prefix>gh[pousr]_)(?<secret>[A-Za-z0-9]{36,255})\b/g,
  },
  {
    id: 'github-fine-grained-token',
    title: 'GitHub fine-grained personal access token',
    severity: 'CRITICAL',
    pattern: /\b(?<prefix>github_pat_)(?<secret>[A-Za-z0-9_]{40,255})\b/g,
  },
  {
    id: 'gitlab-token',
    title: 'GitLab personal access token',
    severity: 'CRITICAL',
    pattern: /\b(?<prefix>glpat-)(?<secret>[A-Za-z0-9_-]{20,})/g,
  },
  {
    id: 'openai-anthropic-key',
    title: 'OpenAI or Anthropic API key',
    severity: 'CRITICAL',
    pattern: /\b(?<prefix>sk-(?:proj-|svcacct-|admin-|ant-)?)(?<secret>[A-Za-z0-9_-]{20,})/g,
  },
  {
    id: 'stripe-key',
    title: 'Stripe secret key',
    severity: 'CRITICAL',
    pattern: /\b(?<prefix>(?:sk|rk)_live_)(?<secret>[A-Za-z0-9]{20,})/g,
  },
  {
    id: 'slack-token',
    title: 'Slack token',
    severity: 'HIGH',
    pattern: /\b(?<prefix>xox[abposr]-)(?<secret>[0-9A-Za-z-]{10,})/g,
  },
  {
    id: 'slack-webhook',
    title: 'Slack incoming webhook URL',
    severity: 'MEDIUM',
    pattern:
      /(?<prefix>https:\/\/hooks\.slack\.com\/services\/)(?<secret>T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]+)/g,
  },
  {
    id: 'google-api-key',
    title: 'Google API key',
    severity: 'HIGH',
    pattern: /\b(?<prefix>AIza)(?<secret>[0-9A-Za-z_-]{35})/g,
  },
  {
    id: 'npm-token',
    title: 'npm token',
    severity: 'CRITICAL',
    pattern: /\b(?<prefix>npm_)(?<secret>[A-Za-z0-9]{36})\b/g,
  },
  {
    id: 'npmrc-auth',
    title: 'npm registry credential',
    severity: 'HIGH',
    // Security: .npmrc keys start a line or follow a registry's `//host/:`; Python's
    // `post_handshake_auth = True` is code, not a credential.
    pattern: /(?<prefix>(?:^[ \t]*|:)_(?:authToken|auth|password)[ \t]*=[ \t]*)(?<secret>[^\s"'$][^\s"']*)/gm,
  },
  {
    id: 'docker-config-auth',
    title: 'Docker registry credential',
    severity: 'HIGH',
    pattern: /(?<prefix>"(?:auth|identitytoken)"\s*:\s*")(?<secret>[A-Za-z0-9+/=_.-]{8,})(?=")/g,
  },
  {
    id: 'jwt',
    title: 'JSON Web Token',
    severity: 'MEDIUM',
    pattern: /\b(?<prefix>eyJ)(?<secret>[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})/g,
  },
  {
    id: 'bearer-token',
    title: 'bearer token',
    severity: 'MEDIUM',
    pattern: /(?<prefix>\bBearer[ \t]+)(?<secret>[A-Za-z0-9._~+/-]{16,}=*)/g,
  },
  {
    id: 'url-credentials',
    title: 'password in a URL',
    severity: 'HIGH',
    pattern: /\b(?<prefix>[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)(?<secret>[^\s@/$]+)(?=@)/gi,
  },
];

/**
 * Names of variables and keys whose values are secrets. `*_FILE` names point at a file
 * that holds the secret (Docker's convention), so they are not secrets themselves.
 */
const SECRET_NAME =
  /(passw(or)?d|passphrase|(^|[_.-])pass([_.-]|$)|(^|[_.-])pwd$|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential|authorization|(^|[_.-])auth([_.-]|$)|dsn$|(^|[_.-])key$)/i;
const SECRET_POINTER_NAME = /_FILE$/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !SECRET_POINTER_NAME.test(name);
}

/** The format a value matches, if any. */
export function secretFormatOf(value: string): SecretFormat | undefined {
  return SECRET_FORMATS.find(({ pattern }) =>
    new RegExp(pattern.source, pattern.flags.replace('g', '')).test(value),
  );
}

/** The id of the format a value matches, if any. */
export function secretKindOf(value: string): string | undefined {
  return secretFormatOf(value)?.id;
}

/** Whether text holds a private key header (stored patterns refuse those outright). */
export function hasPrivateKey(text: string): boolean {
  return PRIVATE_KEY_HEADER.test(text);
}

/** Replaces the secret part of every known credential format, keeping its visible prefix. */
export function maskSecretFormats(text: string): string {
  let masked = text;
  for (const { pattern } of SECRET_FORMATS) {
    masked = masked.replace(pattern, (...args) => {
      const groups = args.at(-1) as { prefix?: string };
      return `${groups.prefix ?? ''}${MASK}`;
    });
  }
  return masked;
}

/** `NAME=value` with the value masked when the name or the value looks secret. */
export function maskEnvEntry(entry: string): string {
  const eq = entry.indexOf('=');
  if (eq < 0) return maskSecretFormats(entry);
  const name = entry.slice(0, eq);
  const value = entry.slice(eq + 1);
  if (value === '') return entry;
  return isSecretName(name) || secretFormatOf(value) ? `${name}=${MASK}` : entry;
}

const NAMED_VALUE = /\b([A-Za-z_][A-Za-z0-9_.-]*)(["']?\s*[=:]\s*)("[^"\n]*"|'[^'\n]*'|[^\s"',;]+)/g;

/** Replaces every secret-looking value in free text (logs, command output, history) with the mask. */
export function maskSecretsInText(text: string): string {
  return maskSecretFormats(text).replace(
    NAMED_VALUE,
    (whole, name: string, separator: string, value: string) =>
      isSecretName(name) && !value.includes(MASK) ? `${name}${separator}${MASK}` : whole,
  );
}

/** Files that hold credentials by their name; each with why. */
export const CREDENTIAL_FILES: { pattern: RegExp; reason: string }[] = [
  { pattern: /(^|\/)id_(rsa|dsa|ecdsa|ed25519)$/, reason: 'SSH private key file name' },
  { pattern: /(^|\/)\.ssh$/, reason: 'SSH folder' },
  { pattern: /\.(pem|key|p12|pfx|jks|keystore)$/i, reason: 'key or certificate store file' },
  { pattern: /(^|\/)\.npmrc$/, reason: 'npm configuration (may hold a registry token)' },
  { pattern: /(^|\/)\.pypirc$/, reason: 'PyPI configuration (may hold a password)' },
  { pattern: /(^|\/)\.netrc$/, reason: 'netrc credentials' },
  { pattern: /(^|\/)\.git-credentials$/, reason: 'git credentials' },
  { pattern: /(^|\/)\.aws(\/credentials)?$/, reason: 'AWS credentials' },
  { pattern: /(^|\/)\.docker\/config\.json$/, reason: 'Docker registry credentials' },
  { pattern: /(^|\/)\.kube\/config$/, reason: 'Kubernetes credentials' },
  {
    pattern: /(^|\/)(credentials|secrets?|service[-_]account)[\w.-]*\.(json|ya?ml|txt|ini|toml)$/i,
    reason: 'credentials file name',
  },
];

/** `.env`, `.env.production` and the like; templates (`.env.example`, `.env.sample`) hold no real values. */
export function isEnvFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return /^\.env(\.[\w-]+)?$/.test(base) && !/\.(example|sample|template|dist|defaults?)$/i.test(base);
}

/** Why a file's name says it holds credentials, if it does. */
export function credentialFileReason(path: string): string | undefined {
  if (isEnvFile(path)) return 'dotenv file';
  return CREDENTIAL_FILES.find(({ pattern }) => pattern.test(path))?.reason;
}

/**
 * A copy of structured data (a Compose model, an inspect result) in which every string under
 * a secret-looking key is the mask and every known format in other strings is masked.
 */
export function maskSecretValues<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (key, item) => {
      if (typeof item !== 'string') return item;
      return key && isSecretName(key) && item !== '' ? MASK : maskSecretFormats(item);
    }),
  ) as T;
}
