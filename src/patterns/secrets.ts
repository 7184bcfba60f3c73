import { ToolError } from '../errors.js';
import { MASK } from '../security/secrets.js';

const SECRET_NAME =
  /(pass(word|wd|phrase)?|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential|(^|[_.-])auth([_.-]|$)|(^|_)pwd$|dsn$)/i;
/** Names that point at a secret rather than hold one (Docker's `*_FILE` convention). */
const SECRET_POINTER_NAME = /_FILE$/i;

/** Formats of well-known credentials; matched anywhere in a stored text. */
const SECRET_VALUE_FORMATS: RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\bglpat-[A-Za-z0-9_-]{20,}\b/g,
  /\bsk-[A-Za-z0-9_-]{20,}\b/g,
  /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g,
  /\bnpm_[A-Za-z0-9]{36}\b/g,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g,
];

const PRIVATE_KEY_BLOCK = /-----BEGIN ([A-Z0-9 ]+ )?PRIVATE KEY( BLOCK)?-----/;
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)([^\s@/]+)@/gi;
const ENV_PAIR = /(^|\s)([A-Za-z_][A-Za-z0-9_.-]*)=("(?:[^"\\]|\\.)*"|'[^']*'|[^\s"']+)/g;

/** `$NAME`, `${NAME}` or `${NAME:?message}`; a `${NAME:-default}` carries a literal default, so it is not one. */
function isReference(value: string): boolean {
  return /^["']?\$(\{[A-Za-z_][A-Za-z0-9_]*(:?\?[^}]*)?\}|[A-Za-z_][A-Za-z0-9_]*)["']?$/.test(value);
}

function looksSecret(name: string, value: string): boolean {
  const bare = value.replace(/^["']|["']$/g, '');
  if (bare === '' || isReference(value) || SECRET_POINTER_NAME.test(name)) return false;
  return (
    SECRET_NAME.test(name) || SECRET_VALUE_FORMATS.some((format) => new RegExp(format.source).test(bare))
  );
}

function maskValue(value: string): string {
  const quote = /^["']/.exec(value)?.[0] ?? '';
  return `${quote}${MASK}${quote}`;
}

const LEGACY_ENV = /^(\s*ENV\s+)([A-Za-z_][A-Za-z0-9_]*)(\s+)(\S.*?)(\s*\\)?$/i;

/** Masks secret-looking values in one ENV or ARG line (key=value pairs, or the legacy `ENV KEY value`). */
function maskEnvLine(line: string): string {
  const legacy = LEGACY_ENV.exec(line);
  if (legacy) {
    const [, head, name, gap, value, continuation = ''] = legacy;
    return looksSecret(name, value) ? `${head}${name}${gap}${MASK}${continuation}` : line;
  }
  return line.replace(ENV_PAIR, (whole, lead: string, name: string, value: string) =>
    looksSecret(name, value) ? `${lead}${name}=${maskValue(value)}` : whole,
  );
}

/** Masks ENV/ARG values that look like secrets, keeping the Dockerfile's layout line for line. */
export function maskDockerfileSecrets(dockerfile: string): string {
  const lines = dockerfile.split('\n');
  let inEnv = false;
  const masked = lines.map((line) => {
    const starts = /^\s*(ENV|ARG)\s/i.test(line);
    const current = inEnv || starts ? maskEnvLine(line) : line;
    inEnv = (inEnv || starts) && /\\\s*$/.test(line);
    return current;
  });
  return maskKnownSecretFormats(masked.join('\n'));
}

/** Masks values under secret-looking keys in YAML or .env-style text (compose.yaml, notes). */
export function maskKeyValueSecrets(text: string): string {
  const yamlPair = /^([ \t]*-?[ \t]*["']?)([A-Za-z_][A-Za-z0-9_.-]*)(["']?[ \t]*[:=][ \t]*)(\S.*?)[ \t]*$/gm;
  const masked = text.replace(
    yamlPair,
    (whole, lead: string, name: string, separator: string, value: string) =>
      looksSecret(name, value) && !/^[|>]/.test(value)
        ? `${lead}${name}${separator}${maskValue(value)}`
        : whole,
  );
  return maskKnownSecretFormats(masked);
}

export function maskKnownSecretFormats(text: string): string {
  let masked = text.replace(URL_PASSWORD, (_whole, head: string) => `${head}${MASK}@`);
  for (const format of SECRET_VALUE_FORMATS) masked = masked.replace(format, MASK);
  return masked;
}

/** Security: a private key is never stored, not even masked, so the whole record is refused. */
export function refusePrivateKeys(fields: Record<string, string | undefined>): void {
  for (const [field, text] of Object.entries(fields)) {
    if (text && PRIVATE_KEY_BLOCK.test(text)) {
      throw new ToolError(
        'REFUSED',
        `The ${field} contains a private key block; the pattern store never stores private keys.`,
        'Remove the key and pass it at build time as a build secret (RUN --mount=type=secret), then save again.',
      );
    }
  }
}
