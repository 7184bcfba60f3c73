import { z } from 'zod';
import { STAGES } from '../../containerize/model.js';
import { writtenSchema } from './generate.js';

const stage = z.enum(STAGES);

/** project_containerize's report: what a model needs to act on, and the evidence when a stage failed. */
export const containerizeReport = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  dir: z.string(),
  stack: z.string(),
  failure: z
    .object({
      stage,
      reason: z.string(),
      nextStep: z.string(),
      exitCode: z.number().optional(),
      evidence: z.string().optional().describe('State, last health output, last log lines (untrusted).'),
    })
    .optional(),
  checks: z.object({ passed: z.array(z.string()), failed: z.array(z.string()) }),
  image: z
    .object({
      tag: z.string(),
      id: z.string(),
      sizeBytes: z.number(),
      baseImage: z.string().optional(),
      baseShare: z.number().optional().describe('Share of the size that is the final base image, 0 to 1.'),
      kept: z
        .boolean()
        .describe('false: removed again because a later stage failed or the call was cancelled.'),
    })
    .optional(),
  buildMs: z.number().optional(),
  healthyMs: z.number().optional(),
  files: writtenSchema,
  baseImages: z.array(z.string()),
  port: z.number().optional(),
  healthRoute: z.string().optional(),
  lint: z.object({ fixed: z.array(z.string()), remaining: z.array(z.string()) }),
  verify: z
    .object({
      method: z.enum(['healthcheck', 'http', 'exit', 'running']),
      passed: z.boolean(),
      detail: z.string(),
      healthyMs: z.number().optional(),
      exitCode: z.number().optional(),
      evidence: z.string().optional(),
    })
    .optional(),
  scan: z
    .object({
      status: z.string(),
      critical: z.number().optional(),
      high: z.number().optional(),
      secrets: z.number().optional(),
      notChecked: z.array(z.string()),
    })
    .optional(),
  assessment: z
    .object({
      verdict: z.string(),
      score: z.number(),
      failed: z.array(z.string()),
      unknown: z.array(z.string()),
    })
    .optional(),
  pattern: z
    .object({
      recorded: z.boolean(),
      id: z.string().optional(),
      status: z.string().optional().describe('proven or candidate'),
      reason: z.string().optional(),
    })
    .optional(),
  container: z.object({ id: z.string(), name: z.string(), ports: z.array(z.string()) }).optional(),
  stages: z.array(
    z.object({
      name: stage,
      status: z.enum(['passed', 'failed', 'skipped']),
      ms: z.number(),
      note: z.string().optional(),
    }),
  ),
});
