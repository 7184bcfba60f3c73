import { isSecretName, secretKindOf } from '../../../security/secrets.js';
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
      const kind = secretKindOf(value);
      const byName = isSecretName(name) && !/_FILE$/i.test(name) && !FILE_PATH.test(value);
      if (byName || kind) {
        hits.push({
          path,
          message: `${name} holds a secret written in the file${kind ? ` (looks like a ${kind})` : ''}`,
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
