import { isSecretName, secretFormatOf } from '../../../security/secrets.js';
import { childPath } from '../../yaml-source.js';
import type { ComposeRule, LintInput, RuleHit } from '../rule.js';

function environmentEntries(raw: unknown, at: string): { name: string; value: string; path: string }[] {
  if (Array.isArray(raw)) {
    return raw
      .map((entry, index) => ({ entry: String(entry), path: childPath(at, index) }))
      .filter(({ entry }) => entry.includes('='))
      .map(({ entry, path }) => ({
        name: entry.slice(0, entry.indexOf('=')),
        value: entry.slice(entry.indexOf('=') + 1),
        path,
      }));
  }
  if (raw && typeof raw === 'object') {
    return Object.entries(raw).map(([name, value]) => ({
      name,
      value: value == null ? '' : String(value),
      path: childPath(at, name),
    }));
  }
  return [];
}

/** `/run/secrets/db-password` or `./secrets/db.txt`: a value that names a file holding the secret, not the secret. */
const FILE_PATH = /^(\.{1,2})?(\/[\w.@+-]+){2,}\/?$/;

/**
 * The name ends in what it holds: DB_PASSWORD, PGPASSWORD, API_TOKEN, SECRET_KEY_BASE. The shared
 * catalogue masks any name that mentions a secret; an error must be surer, so PASSWORD_MIN_LENGTH,
 * AUTH_URL or POSTGRES_HOST_AUTH_METHOD (settings about secrets) are not reported.
 */
const HOLDS_SECRET =
  /(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|CREDENTIALS?|DSN|(^|_)(KEY|PASS|PWD|APIKEY))(_BASE)?$/i;

/** yes, true, 1: switches such as MYSQL_ALLOW_EMPTY_PASSWORD or MYSQL_RANDOM_ROOT_PASSWORD. */
const SWITCH = /^(true|false|yes|no|on|off|0|1)$/i;

function holdsSecretByName(name: string, value: string): boolean {
  return (
    isSecretName(name) &&
    HOLDS_SECRET.test(name) &&
    !/_FILE$/i.test(name) &&
    !FILE_PATH.test(value) &&
    !SWITCH.test(value)
  );
}

function check(input: LintInput): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const [service, spec] of Object.entries(
    (input.raw.services as Record<string, Record<string, unknown>>) ?? {},
  )) {
    if (!input.model.services[service]) continue;
    for (const { name, value, path } of environmentEntries(
      spec?.environment,
      `services.${service}.environment`,
    )) {
      if (!value || input.interpolatedPaths.has(path)) continue;
      const format = secretFormatOf(value);
      const byName = holdsSecretByName(name, value);
      if (byName || format) {
        hits.push({
          path,
          message: `${name} holds a secret written in the file${format ? ` (looks like a ${format.title})` : ''}`,
        });
      }
    }
  }
  return hits;
}

export const DC004: ComposeRule = {
  code: 'DC004',
  severity: 'error',
  title: 'Secret written inline in environment',
  rationale:
    'A password or token written in the compose file ends up in version control, in `docker inspect` and in every process listing of the container.',
  fix: `Use "secrets:" (mounted as a file, with a *_FILE variable), or reference a variable: PASSWORD: \${PASSWORD:?set it in .env}.`,
  check,
};
