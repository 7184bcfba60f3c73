import type { PatternEvidence, StackInfo } from './types.js';

const MEGABYTE = 1024 * 1024;

/** "node / express / npm on node:22-bookworm-slim", or "unknown stack". */
export function describeStack(stack: StackInfo): string {
  const parts = [stack.language, stack.framework, stack.packageManager].filter(Boolean).join(' / ');
  if (!stack.baseImage) return parts || 'unknown stack';
  return parts ? `${parts} on ${stack.baseImage}` : stack.baseImage;
}

function describeLint(lint: PatternEvidence['lint']): string | undefined {
  if (!lint) return undefined;
  if (lint.error + lint.warning + lint.info === 0) return 'lint clean';
  return `lint ${lint.error} error(s), ${lint.warning} warning(s), ${lint.info} info`;
}

function describeScan(scan: PatternEvidence['scan']): string {
  if (!scan || scan.status === 'not-run') return 'scan not run';
  if (scan.status === 'clean') return 'scan clean';
  if (scan.status === 'unavailable') return 'scan unavailable';
  const counts = scan.counts;
  if (!counts) return 'scan findings';
  return `scan findings: ${counts.critical} critical, ${counts.high} high, ${counts.medium} medium, ${counts.low} low`;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** One line a model can weigh: "proven: 2 verified runs, 3 builds, 182 MB, healthy in 2 s, lint clean, scan clean, …". */
export function describeEvidence(evidence: PatternEvidence): string {
  if (evidence.successfulBuilds === 0 && evidence.failedTrials === 0)
    return `${evidence.status}: never built here`;
  const parts = [
    evidence.verifiedRuns > 0 && plural(evidence.verifiedRuns, 'verified run'),
    plural(evidence.successfulBuilds, 'build'),
    evidence.failedTrials > 0 &&
      `${plural(evidence.failedTrials, 'failed trial')} (last at ${evidence.failedStage ?? 'unknown'})`,
    evidence.lastSuccess && `last built ${evidence.lastSuccess.slice(0, 10)}`,
    evidence.imageSizeBytes !== undefined && `${Math.round(evidence.imageSizeBytes / MEGABYTE)} MB`,
    evidence.buildTimeMs !== undefined && `built in ${Math.round(evidence.buildTimeMs / 1000)} s`,
    evidence.timeToHealthyMs !== undefined && `healthy in ${(evidence.timeToHealthyMs / 1000).toFixed(1)} s`,
    describeLint(evidence.lint),
    describeScan(evidence.scan),
    evidence.checksPassed?.length && `passed ${evidence.checksPassed.join(', ')}`,
  ];
  return `${evidence.status}: ${parts.filter(Boolean).join(', ')}`;
}
