import { credentialFileReason, secretFormatOf } from '../security/secrets.js';
import type { LayerEntry } from './layers.js';

export interface SecretFinding {
  path: string;
  layerIndex: number;
  reason: string;
  /** Deleted by a later layer, but still readable from the layer that added it. */
  deletedLater: boolean;
}

/** Public trust stores and package test data are expected to carry certificates. */
const EXPECTED_PLACES =
  /^(etc\/ssl\/certs|usr\/share\/ca-certificates|usr\/lib\/ssl|etc\/pki|usr\/share\/doc|usr\/lib\/python3[^/]*\/.*\/tests?)\//;

export const SECRET_READ_LIMIT = 64 * 1024;

/** Whether a file's name suggests a secret (then its content is checked too). */
export function nameReason(entry: LayerEntry): string | undefined {
  if (EXPECTED_PLACES.test(entry.path)) return undefined;
  return credentialFileReason(entry.path);
}

/** What a small file's content reveals; certificates alone (public) are not secrets. */
export function contentReason(content: Buffer): string | undefined {
  const format = secretFormatOf(content.toString('latin1'));
  if (!format) return undefined;
  return `contains ${/^[aeiou]|^npm/i.test(format.title) ? 'an' : 'a'} ${format.title}`;
}
