import { isSecretName, secretKindOf } from '../security/secrets.js';
import type { NotTranslated, SecretToCreate } from './model.js';

const CREDENTIALS_IN_URL = /:\/\/[^/\s:@]+:[^/\s@]+@/;

/** Whether an environment entry holds a secret, by its name or by its value. */
export function isSecretEntry(name: string, value: string): boolean {
  return isSecretName(name) || secretKindOf(value) !== undefined || CREDENTIALS_IN_URL.test(value);
}

export interface SplitEnvironment {
  /** Plain settings, for the service's ConfigMap. */
  config: Record<string, string>;
  /** Container env entries that reference the service's Secret (names only, never values). */
  secretRefs: { name: string; valueFrom: { secretKeyRef: { name: string; key: string } } }[];
  secret?: SecretToCreate;
}

/**
 * Splits a service's environment: settings go to a ConfigMap, secrets become references to
 * a Secret the user creates. Security: no secret value is ever written into a manifest.
 */
export function splitEnvironment(
  service: string,
  objectName: string,
  environment: Record<string, string | null>,
  notTranslated: NotTranslated[],
): SplitEnvironment {
  const config: Record<string, string> = {};
  const secretKeys: string[] = [];
  for (const [name, value] of Object.entries(environment)) {
    if (value === null) {
      notTranslated.push({
        service,
        key: `environment.${name}`,
        reason: 'its value comes from the shell that runs Compose: put it in the ConfigMap or the Secret',
      });
    } else if (isSecretEntry(name, value)) secretKeys.push(name);
    else config[name] = value;
  }
  const secretName = `${objectName}-secrets`;
  return {
    config,
    secretRefs: secretKeys.map((key) => ({
      name: key,
      valueFrom: { secretKeyRef: { name: secretName, key } },
    })),
    secret: secretKeys.length
      ? { name: secretName, keys: secretKeys, from: `services.${service}.environment` }
      : undefined,
  };
}
