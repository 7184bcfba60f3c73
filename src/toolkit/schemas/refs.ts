import { z } from 'zod';

/** Security: a value handed to the docker or compose CLI never reads as one of its options. */
export const notOptionLike = z.string().regex(/^[^-]/, 'must not start with "-"');

/** A container name or id as the tools accept it. */
export const containerRef = z
  .string()
  .min(1)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'a container name or id (letters, digits, _ . -)');

/** An image reference or id. */
export const imageRef = notOptionLike;

/** A network name or id. */
export const networkRef = notOptionLike.describe('Name or id.');

/** Compose services to act on. */
export const serviceNames = z.array(notOptionLike).max(50);
