import { ToolError } from '../errors.js';
import { hasPrivateKey, isSecretName, MASK, maskSecretFormats } from '../security/secrets.js';

const ENV_PAIR = /(^|\s)([A-Za-z_][A-Za-z0-9_.-]*)=("(?:[^"\\]|\\.)*"|'[^']*'|[^\s"']+)/g;

/** `$NAME`, `${NAME}` or `${NAME:?message}`; a `${NAME:-default}` carries a literal default, so it is not one. */
function isReference(value: string): boolean {
  return /^["']?\$(\{[A-Za-z_][A-Za-z0-9_]*(:?\?[^}]*)?\}|[A-Za-z_][A-Za-z0-9_]*)["']?$/.test(value);
}

/** By name the whole value is masked; values in a known format are masked in place afterwards. */
function looksSecret(name: string, value: string): boolean {
  const bare = value.replace(/^["']|["']$/g, '');
  return bare !== '' && !isReference(value) && isSecretName(name);
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
  return maskSecretFormats(masked.join('\n'));
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
  return maskSecretFormats(masked);
}

/** Security: a private key is never stored, not even masked, so the whole record is refused. */
export function refusePrivateKeys(fields: Record<string, string | undefined>): void {
  for (const [field, text] of Object.entries(fields)) {
    if (text && hasPrivateKey(text)) {
      throw new ToolError(
        'REFUSED',
        `The ${field} contains a private key block; the pattern store never stores private keys.`,
        'Remove the key and pass it at build time as a build secret (RUN --mount=type=secret), then save again.',
      );
    }
  }
}
