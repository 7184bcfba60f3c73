import { z } from 'zod';
import { PATTERN_SOURCES, PATTERN_STATUSES, SCAN_STATUSES } from '../../patterns/types.js';

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

const vulnerabilityCounts = counts(['critical', 'high', 'medium', 'low', 'unknown'] as const);

export const statusField = z
  .enum(PATTERN_STATUSES)
  .describe('proven: built, ran and passed its checks (lint clean, scan recorded); else candidate.');

export const evidenceSchema = z.object({
  status: statusField,
  successfulBuilds: z.number().int(),
  verifiedRuns: z.number().int(),
  failedTrials: z.number().int(),
  lastSuccess: z.string().optional(),
  lastVerified: z.string().optional(),
  lastFailure: z.string().optional(),
  failedStage: z.string().optional(),
  imageSizeBytes: z.number().optional(),
  buildTimeMs: z.number().optional(),
  timeToHealthyMs: z.number().optional(),
  lint: counts(['error', 'warning', 'info'] as const).optional(),
  scan: z.object({ status: z.enum(SCAN_STATUSES), counts: vulnerabilityCounts.optional() }).optional(),
  baseImages: z.array(z.string()).optional(),
  checksPassed: z.array(z.string()).optional(),
  engineVersion: z.string().optional(),
});
