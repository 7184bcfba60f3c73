import type { ScanResult, Severity } from '../../scan/model.js';
import type { ScanOptions } from '../../scan/options.js';
import { type AllowEntry, evaluatePolicy, type Policy } from '../../scan/policy.js';
import type { TrivyScanner } from '../../scan/trivy/run.js';
import type { ToolContext } from '../context.js';
import { type ScanView, scanView } from './scan.js';

export interface ScanToolInput {
  scanners: TrivyScanner[];
  engine: ScanOptions['engine'];
  severities?: Severity[];
  ignoreUnfixed: boolean;
  failOn: Severity;
  allow: AllowEntry[];
  osvDir?: string;
  ignoreFile?: string;
  timeoutSeconds: number;
  limit: number;
}

/** Turns a scan tool's input into scan options: paths through the workspace, progress to the client. */
export function scanOptionsFrom(ctx: ToolContext, input: ScanToolInput): ScanOptions {
  let step = 0;
  return {
    scanners: input.scanners,
    engine: input.engine,
    severities: input.severities,
    ignoreUnfixed: input.ignoreUnfixed,
    ignoreFile: input.ignoreFile ? ctx.workspace.resolve(input.ignoreFile, 'read') : undefined,
    osvSource: input.osvDir ? ctx.workspace.resolve(input.osvDir, 'read') : undefined,
    timeoutSeconds: input.timeoutSeconds,
    onProgress: (message) => ctx.progress(++step, undefined, message),
    signal: ctx.signal,
  };
}

export function policyFrom(input: ScanToolInput): Policy {
  return { failOn: input.failOn, ignoreUnfixed: input.ignoreUnfixed, allow: input.allow };
}

export function viewWithPolicy(result: ScanResult, input: ScanToolInput): ScanView {
  const policy = policyFrom(input);
  return scanView(result, policy, evaluatePolicy(result, policy), input.limit);
}
