import { z } from 'zod';
import { PATTERN_SOURCES } from '../../patterns/types.js';

/** Zod shapes shared by the pattern tools. */
export const patternId = z.string().min(1).max(200);

export const stackFields = {
  language: z.string().max(50).optional(),
  framework: z.string().max(50).optional(),
  packageManager: z.string().max(50).optional(),
};

export const sourceField = z
  .enum(PATTERN_SOURCES)
  .describe('builtin: shipped; recorded: built here; user: saved by hand.');

const counts = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.number().int()])) as Record<K, z.ZodNumber>);

export const evidenceSchema = z.object({
  successfulBuilds: z.number().int(),
  lastSuccess: z.string().optional(),
  imageSizeBytes: z.number().optional(),
  buildTimeMs: z.number().optional(),
  lint: counts(['error', 'warning', 'info'] as const).optional(),
  vulnerabilities: z
    .union([counts(['critical', 'high', 'medium', 'low', 'unknown'] as const), z.literal('unknown')])
    .optional()
    .describe('"unknown" when a scan ran but no vulnerability data source answered.'),
  engineVersion: z.string().optional(),
});
