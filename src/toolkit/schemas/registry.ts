import { z } from 'zod';
import type { RegistryAuth } from '../../engine/types.js';
import { findCredentials } from '../../registry/credentials.js';

/** Per-call credentials; never echoed back in a result, a log or a notification. */
export const authInput = z
  .object({
    username: z.string().min(1),
    password: z.string().min(1),
  })
  .optional();

export async function resolveAuth(
  given: { username: string; password: string } | undefined,
  domain: string,
): Promise<RegistryAuth | undefined> {
  if (given) return { username: given.username, password: given.password, serveraddress: domain };
  return findCredentials(domain);
}
