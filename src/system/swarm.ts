import { runProcess } from '../exec/process.js';
import { dockerCli, engineSelection } from '../exec/stack.js';
import { tailText } from '../security/untrusted.js';

export interface SwarmNode {
  hostname: string;
  /** Ready, Down, Unknown or Disconnected. */
  status: string;
  /** Active, Pause or Drain: whether the scheduler places tasks there. */
  availability: string;
  /** Leader, Reachable or Unreachable for managers; empty for workers. */
  managerStatus: string;
  engineVersion: string;
  self: boolean;
}

export interface SwarmReport {
  nodes: SwarmNode[];
  managers: number;
  workers: number;
  /** Why the nodes could not be listed (a worker cannot see the cluster). */
  error?: string;
}

/** The swarm's nodes, as the manager this engine is sees them (`docker node ls`). */
export async function collectSwarmNodes(): Promise<SwarmReport> {
  const run = await runProcess(await dockerCli(), ['node', 'ls', '--format', '{{json .}}'], {
    env: engineSelection(),
    timeoutMs: 15_000,
  });
  if (run.exitCode !== 0) {
    return {
      nodes: [],
      managers: 0,
      workers: 0,
      error: tailText(run.stderr || run.stdout, 3, 500).text.trim(),
    };
  }
  const nodes = run.stdout
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .map((row) => ({
      hostname: String(row.Hostname ?? ''),
      status: String(row.Status ?? ''),
      availability: String(row.Availability ?? ''),
      managerStatus: String(row.ManagerStatus ?? ''),
      engineVersion: String(row.EngineVersion ?? ''),
      self: row.Self === true,
    }));
  const managers = nodes.filter((n) => n.managerStatus).length;
  return { nodes, managers, workers: nodes.length - managers };
}
