import { z } from 'zod';

/** A container name or id as the tools accept it. */
export const containerRef = z
  .string()
  .min(1)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'a container name or id (letters, digits, _ . -)');
