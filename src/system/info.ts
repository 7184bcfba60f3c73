import type { DockerEngine, EngineFacts } from '../engine/types.js';
import { ToolError } from '../errors.js';
import { findTrivyBinary } from '../scan/trivy/locate.js';
import { engineHasBuildKit, findComposeCli } from './probe.js';
import { collectSwarmNodes, type SwarmReport } from './swarm.js';

export interface SystemReport {
  engine?: EngineFacts;
  engineError?: { message: string; hint?: string };
  buildkit: boolean;
  compose?: { version: 'v2' | 'v1'; release: string };
  trivy?: { path: string; version: string };
  shellcheck: boolean;
  /** Present when the engine is in a swarm. */
  swarm?: SwarmReport;
}

/** What `system_info` and `dockwright doctor` report; a missing part is reported, not thrown. */
export async function collectSystemReport(engine: DockerEngine): Promise<SystemReport> {
  const { whichProgram } = await import('../exec/process.js');
  const [facts, compose, trivy, shellcheck] = await Promise.all([
    engine.facts().then(
      (f) => ({ ok: f }) as const,
      (error: unknown) => ({ error }) as const,
    ),
    findComposeCli(),
    // The scanner's own lookup (60 s for `--version`, asked once): a loaded machine can take seconds.
    findTrivyBinary().catch(() => undefined),
    whichProgram('shellcheck'),
  ]);
  const report: SystemReport = {
    buildkit: false,
    compose: compose && { version: compose.version, release: compose.release },
    trivy,
    shellcheck: Boolean(shellcheck),
  };
  if ('ok' in facts) {
    report.engine = facts.ok;
    report.buildkit = engineHasBuildKit(facts.ok.apiVersion, facts.ok.os, facts.ok.product);
    if (facts.ok.swarm === 'active') report.swarm = await collectSwarmNodes();
  } else {
    const error = facts.error;
    report.engineError =
      error instanceof ToolError ? { message: error.message, hint: error.hint } : { message: String(error) };
  }
  return report;
}
