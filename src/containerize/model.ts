import type { BaseRole, WrittenFile } from '../dockerfile/generate/index.js';
import type { DockerEngine } from '../engine/types.js';
import type { PatternStore } from '../patterns/index.js';
import type { Workspace } from '../workspace.js';

/** The stages in the order they run; progress reports each by its position. */
export const STAGES = [
  'detect',
  'generate',
  'lint',
  'write',
  'build',
  'run',
  'verify',
  'scan',
  'assess',
  'record',
] as const;
export type StageName = (typeof STAGES)[number];

/** What the operation needs from its caller: a tool's context or the CLI's. */
export interface ContainerizeContext {
  engine: DockerEngine;
  workspace: Workspace;
  policy: { recordPatterns: boolean };
  signal: AbortSignal;
  patterns(): Promise<PatternStore>;
  confirm(action: string): Promise<void>;
  progress(progress: number, total?: number, message?: string): void;
}

export interface ContainerizeOptions {
  dir: string;
  appDir?: string;
  dryRun: boolean;
  baseImages?: Partial<Record<BaseRole, string>>;
  port?: number;
  keepRunning: boolean;
  overwrite: boolean;
  /** Build every step again rather than from BuildKit's cache. */
  noCache?: boolean;
  /** Image name; default `<folder>:dockwright`. */
  tag?: string;
  labels?: Record<string, string>;
  timeoutSeconds: number;
}

export interface StageRecord {
  name: StageName;
  status: 'passed' | 'failed' | 'skipped';
  ms: number;
  note?: string;
}

export interface Verification {
  method: 'healthcheck' | 'http' | 'exit' | 'running';
  passed: boolean;
  detail: string;
  healthyMs?: number;
  exitCode?: number;
  /** State, last health output and last log lines (fenced) when it failed. */
  evidence?: string;
}

export interface ContainerizeReport {
  ok: boolean;
  dryRun: boolean;
  dir: string;
  stack: string;
  stages: StageRecord[];
  files: WrittenFile[];
  lint: { fixed: string[]; remaining: string[] };
  baseImages: string[];
  port?: number;
  healthRoute?: string;
  image?: {
    tag: string;
    id: string;
    sizeBytes: number;
    baseImage?: string;
    baseShare?: number;
    kept: boolean;
  };
  buildMs?: number;
  healthyMs?: number;
  verify?: Verification;
  scan?: { status: string; critical?: number; high?: number; secrets?: number; notChecked: string[] };
  assessment?: { verdict: string; score: number; failed: string[]; unknown: string[] };
  checks: { passed: string[]; failed: string[] };
  pattern?: { recorded: boolean; id?: string; status?: string; reason?: string };
  container?: { id: string; name: string; ports: string[] };
  failure?: { stage: StageName; reason: string; nextStep: string; exitCode?: number; evidence?: string };
}
