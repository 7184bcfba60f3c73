import {
  parseServiceRows,
  parseTaskRows,
  runStack,
  type ServiceUpdateState,
  type StackTaskRow,
  serviceUpdateStates,
} from '../exec/stack.js';
import { maskSecretsInText } from '../security/secrets.js';

export interface StackService {
  name: string;
  mode: string;
  running: number;
  desired: number;
  image: string;
  ports: string;
  /** The last rolling update: a failed one that rolled back says so here. */
  update?: ServiceUpdateState;
}

export interface NodeTasks {
  node: string;
  tasks: StackTaskRow[];
}

export interface StackStatus {
  stack: string;
  services: StackService[];
  /** The tasks meant to run now, grouped by the node that holds them. */
  nodes: NodeTasks[];
  /** Tasks that failed or were rejected (the reasons a service does not converge), at most 20. */
  problems: StackTaskRow[];
  converged: boolean;
}

/**
 * Running counts the service's tasks that are meant to run and do: the CLI's REPLICAS
 * also counts the last state of tasks on a node that went down (seen: "6/4").
 */
function toService(row: ReturnType<typeof parseServiceRows>[number], tasks: StackTaskRow[]): StackService {
  const desired = Number(/^\d+\/(\d+)/.exec(row.replicas)?.[1] ?? 0);
  const running = tasks.filter(
    (t) =>
      t.name.slice(0, t.name.lastIndexOf('.')) === row.name &&
      t.desiredState === 'Running' &&
      t.currentState.startsWith('Running'),
  ).length;
  return { name: row.name, mode: row.mode, running, desired, image: row.image, ports: row.ports };
}

const UPDATE_IN_PROGRESS = new Set(['updating', 'rollback_started']);

export async function stackStatus(stack: string, signal?: AbortSignal): Promise<StackStatus> {
  const [services, tasks] = await Promise.all([
    runStack(stack, { name: 'services' }, { signal, timeoutMs: 30_000 }),
    runStack(stack, { name: 'ps' }, { signal, timeoutMs: 30_000 }),
  ]);
  const taskRows = (tasks.exitCode === 0 ? parseTaskRows(tasks.stdout) : []).map((t) => ({
    ...t,
    error: maskSecretsInText(t.error),
  }));
  const rows =
    services.exitCode === 0 ? parseServiceRows(services.stdout).map((r) => toService(r, taskRows)) : [];
  const updates = await serviceUpdateStates(
    rows.map((r) => r.name),
    { signal, timeoutMs: 30_000 },
  );
  rows.forEach((row, i) => {
    const update = updates[i];
    if (update) row.update = { ...update, message: maskSecretsInText(update.message) };
  });
  const problems = taskRows.filter((t) => t.error || /^(Rejected|Failed)/.test(t.currentState)).slice(0, 20);
  const converged =
    rows.length > 0 &&
    rows.every((s) => s.running === s.desired && !UPDATE_IN_PROGRESS.has(s.update?.state ?? ''));
  return { stack, services: rows, nodes: groupByNode(taskRows), problems, converged };
}

/** Current tasks (desired to run) per node; history and shut-down tasks stay out, at most 100. */
function groupByNode(tasks: StackTaskRow[]): NodeTasks[] {
  const byNode = new Map<string, StackTaskRow[]>();
  for (const task of tasks.filter((t) => /^(Running|Ready|Accepted)$/.test(t.desiredState)).slice(0, 100)) {
    const node = task.node || '(unassigned)';
    byNode.set(node, [...(byNode.get(node) ?? []), task]);
  }
  return [...byNode]
    .map(([node, list]) => ({ node, tasks: list }))
    .sort((a, b) => a.node.localeCompare(b.node));
}
