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

function describeVulnerabilities(vulns: PatternEvidence['vulnerabilities']): string | undefined {
  if (!vulns) return undefined;
  if (vulns === 'unknown') return 'vulnerabilities unknown';
  return `vulnerabilities ${vulns.critical} critical, ${vulns.high} high, ${vulns.medium} medium, ${vulns.low} low`;
}

/** One line a model can weigh: "3 builds, last 2025-05-01, 182 MB, built in 41 s, lint clean, …". */
export function describeEvidence(evidence: PatternEvidence): string {
  if (evidence.successfulBuilds === 0) return 'never built here';
  const parts = [
    `${evidence.successfulBuilds} successful build${evidence.successfulBuilds === 1 ? '' : 's'}`,
    evidence.lastSuccess && `last ${evidence.lastSuccess.slice(0, 10)}`,
    evidence.imageSizeBytes !== undefined && `${Math.round(evidence.imageSizeBytes / MEGABYTE)} MB`,
    evidence.buildTimeMs !== undefined && `built in ${Math.round(evidence.buildTimeMs / 1000)} s`,
    describeLint(evidence.lint),
    describeVulnerabilities(evidence.vulnerabilities),
    evidence.engineVersion && `engine ${evidence.engineVersion}`,
  ];
  return parts.filter(Boolean).join(', ');
}
