import type { LayerEntry } from './layers.js';

export interface SecretFinding {
  path: string;
  layerIndex: number;
  reason: string;
  /** Deleted by a later layer, but still readable from the layer that added it. */
  deletedLater: boolean;
}

const NAME_RULES: { pattern: RegExp; reason: string }[] = [
  { pattern: /(^|\/)id_(rsa|dsa|ecdsa|ed25519)$/, reason: 'SSH private key file name' },
  { pattern: /\.(pem|key|p12|pfx|jks|keystore)$/i, reason: 'key or certificate store file' },
  { pattern: /(^|\/)\.env(\.[\w-]+)?$/, reason: 'dotenv file' },
  { pattern: /(^|\/)\.npmrc$/, reason: 'npm configuration (may hold a registry token)' },
  { pattern: /(^|\/)\.pypirc$/, reason: 'PyPI configuration (may hold a password)' },
  { pattern: /(^|\/)\.netrc$/, reason: 'netrc credentials' },
  { pattern: /(^|\/)\.git-credentials$/, reason: 'git credentials' },
  { pattern: /(^|\/)\.aws\/credentials$/, reason: 'AWS credentials' },
  { pattern: /(^|\/)\.docker\/config\.json$/, reason: 'Docker registry credentials' },
  { pattern: /(^|\/)\.kube\/config$/, reason: 'Kubernetes credentials' },
  {
    pattern: /(^|\/)(credentials|secrets?|service[-_]account)[\w.-]*\.(json|ya?ml|txt|ini|toml)$/i,
    reason: 'credentials file name',
  },
];

const CONTENT_RULES: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /-----BEGIN ((RSA|DSA|EC|OPENSSH|ENCRYPTED) )?PRIVATE KEY-----/,
    reason: 'contains a private key',
  },
  { pattern: /aws_secret_access_key\s*=/i, reason: 'contains an AWS secret key' },
  { pattern: /\bAKIA[0-9A-Z]{16}\b/, reason: 'contains an AWS access key id' },
  { pattern: /_authToken\s*=|\/\/[^\s]+:_auth/, reason: 'contains an npm token' },
  { pattern: /\bgh[pousr]_[A-Za-z0-9]{36}\b/, reason: 'contains a GitHub token' },
  { pattern: /"auths"\s*:\s*\{[^}]*"auth"\s*:/, reason: 'contains registry auth' },
];

/** Public trust stores and package test data are expected to carry certificates. */
const EXPECTED_PLACES =
  /^(etc\/ssl\/certs|usr\/share\/ca-certificates|usr\/lib\/ssl|etc\/pki|usr\/share\/doc|usr\/lib\/python3[^/]*\/.*\/tests?)\//;

export const SECRET_READ_LIMIT = 64 * 1024;

/** Whether a file's name suggests a secret (then its content is checked too). */
export function nameReason(entry: LayerEntry): string | undefined {
  if (EXPECTED_PLACES.test(entry.path)) return undefined;
  return NAME_RULES.find((rule) => rule.pattern.test(entry.path))?.reason;
}

/** What a small file's content reveals; certificates alone (public) are not secrets. */
export function contentReason(content: Buffer): string | undefined {
  const text = content.toString('latin1');
  return CONTENT_RULES.find((rule) => rule.pattern.test(text))?.reason;
}
