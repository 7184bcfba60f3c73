import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../../src/exec/process.js';
import { connectStdio, REPO_ROOT, type TestClient } from '../helpers/mcp.js';
import { takeSwarmLock } from '../tools/stack/swarm.js';

// A real three-node swarm (scripts/swarm-nodes.sh): dw-node1 manager, dw-node2 and dw-node3 workers.
const SCRIPT = `${REPO_ROOT}/scripts/swarm-nodes.sh`;
const MANAGER = 'unix:///run/dwsw/n1/docker.sock';
const DIR = `${REPO_ROOT}/test/compose/fixtures/projects/swarm-multinode`;
const STACK = 'dwmulti';
const SERVICE = `${STACK}_web`;

interface Task {
  name: string;
  node: string;
  desiredState: string;
  currentState: string;
  error: string;
}
interface Status {
  converged: boolean;
  services: { name: string; running: number; desired: number; update?: { state: string; message: string } }[];
  nodes: { node: string; tasks: Task[] }[];
  problems: Task[];
}

async function nodesScript(verb: 'up' | 'down'): Promise<void> {
  const run = await runProcess('bash', [SCRIPT, verb], { timeoutMs: 120_000 });
  if (run.exitCode !== 0) throw new Error(`swarm-nodes.sh ${verb} failed: ${run.stderr}`);
}

/** The docker CLI on the manager, for checks the test makes beside the tools. */
async function onManager(...args: string[]): Promise<string> {
  const run = await runProcess('/usr/bin/docker', args, { env: { DOCKER_HOST: MANAGER }, timeoutMs: 30_000 });
  if (run.exitCode !== 0) throw new Error(`docker ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

/** Polls `read` until `done` holds, at most `timeoutMs`; returns the last value read. */
async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await sleep(1000);
  }
}

/** What the nodes could leave on the machine: none of it may outlive `swarm-nodes.sh down`. */
async function leftovers() {
  const out = async (file: string, args: string[]) => (await runProcess(file, args)).stdout.trim();
  return {
    processes: await out('pgrep', ['-f', '/run/dwsw/']),
    mounts: readFileSync('/proc/mounts', 'utf8').includes('/run/dwsw'),
    netns: (await out('ip', ['netns', 'list']))
      .split('\n')
      .filter((line) => line.startsWith('dwn'))
      .join(),
    links: (await out('ip', ['-o', 'link', 'show']))
      .split('\n')
      .filter((line) => /^\d+: dw(br0|v\d)/.test(line))
      .join(),
  };
}

const runningOn = (status: Status) =>
  status.nodes.map((n) => ({
    node: n.node,
    running: n.tasks.filter((t) => t.desiredState === 'Running' && t.currentState.startsWith('Running'))
      .length,
  }));

describe('Swarm across machines: a manager and two workers (MCP over stdio)', () => {
  let mcp: TestClient;
  const status = () => mcp.ok<Status>('stack_status', { stack: STACK });

  let releaseLock: (() => void) | undefined;

  beforeAll(async () => {
    releaseLock = await takeSwarmLock();
    await nodesScript('up');
    mcp = await connectStdio(['--allow-confirm-argument'], { DOCKER_HOST: MANAGER });
  }, 480_000);

  afterAll(async () => {
    try {
      await mcp?.close();
      await nodesScript('down');
      expect(await leftovers()).toEqual({ processes: '', mounts: false, netns: '', links: '' });
    } finally {
      releaseLock?.();
    }
  }, 180_000);

  it('system_info reports the swarm: three nodes, one manager, all ready and active', async () => {
    const info = await mcp.ok<{
      swarm: { managers: number; workers: number; nodes: Record<string, unknown>[] };
    }>('system_info');
    expect(info.swarm).toMatchObject({ managers: 1, workers: 2 });
    expect(
      info.swarm.nodes.map((n) => [n.hostname, n.status, n.availability, n.managerStatus, n.self]),
    ).toEqual([
      ['dw-node1', 'Ready', 'Active', 'Leader', true],
      ['dw-node2', 'Ready', 'Active', '', false],
      ['dw-node3', 'Ready', 'Active', '', false],
    ]);
  });

  it('deploys four replicas across the nodes, survives a stopped worker, rolls back a failing update, and removes all', async () => {
    const t0 = Date.now();
    const deployed = await mcp.ok<Status & { ok: boolean }>('stack_deploy', {
      dir: DIR,
      stack: STACK,
      timeoutSeconds: 120,
    });
    expect(deployed.ok).toBe(true);
    expect(deployed.services).toEqual([expect.objectContaining({ name: SERVICE, running: 4, desired: 4 })]);
    const spread = runningOn(await status()).filter((n) => n.running > 0);
    console.log(`deployed in ${Date.now() - t0} ms:`, JSON.stringify(spread));
    expect(spread.length).toBeGreaterThanOrEqual(2);
    expect(spread.reduce((sum, n) => sum + n.running, 0)).toBe(4);

    // Stop the engine of the worker that holds the most tasks; its tasks must move.
    const victim = spread.filter((n) => n.node !== 'dw-node1').sort((a, b) => b.running - a.running)[0];
    expect(victim).toBeDefined();
    const pid = Number(readFileSync(`/run/dwsw/n${victim.node.slice(-1)}/docker.pid`, 'utf8'));
    const t1 = Date.now();
    process.kill(pid, 'SIGTERM');
    const moved = await pollUntil(
      status,
      (s) => {
        const nodes = runningOn(s);
        return (
          nodes.every((n) => n.node !== victim.node) && nodes.reduce((sum, n) => sum + n.running, 0) === 4
        );
      },
      90_000,
    );
    console.log(`rescheduled off ${victim.node} in ${Date.now() - t1} ms:`, JSON.stringify(runningOn(moved)));
    expect(runningOn(moved).map((n) => n.node)).not.toContain(victim.node);
    expect(runningOn(moved).reduce((sum, n) => sum + n.running, 0)).toBe(4);
    const info = await mcp.ok<{ swarm: { nodes: { hostname: string; status: string }[] } }>('system_info');
    expect(info.swarm.nodes.find((n) => n.hostname === victim.node)?.status).toBe('Down');

    // Version 2 never turns healthy: update_config's failure_action rolls it back to version 1.
    const t2 = Date.now();
    const updated = await mcp.ok<{ ok: boolean; outcome: string }>('stack_deploy', {
      dir: DIR,
      files: ['compose.yaml', 'compose.broken-update.yaml'],
      stack: STACK,
      timeoutSeconds: 120,
    });
    console.log(`stack_deploy of the failing version: ${updated.outcome} after ${Date.now() - t2} ms`);
    expect(updated).toMatchObject({ ok: false, outcome: 'rolled_back' });
    const rolledBack = await pollUntil(
      status,
      (s) => s.converged && s.services[0]?.update?.state === 'rollback_completed',
      150_000,
    );
    console.log(
      `update rolled back in ${Date.now() - t2} ms:`,
      JSON.stringify(rolledBack.services[0].update),
    );
    expect(rolledBack.services[0]).toMatchObject({
      running: 4,
      desired: 4,
      update: { state: 'rollback_completed' },
    });
    expect(rolledBack.converged).toBe(true);
    const env = await onManager(
      'service',
      'inspect',
      SERVICE,
      '--format',
      '{{json .Spec.TaskTemplate.ContainerSpec.Env}}',
    );
    expect(JSON.parse(env)).toContain('VERSION=1');
    expect(rolledBack.problems.map((t) => t.error).join('\n')).toMatch(/unhealthy/);

    const removed = await mcp.ok<{ ok: boolean }>('stack_remove', { stack: STACK, confirm: true });
    expect(removed.ok).toBe(true);
    const label = `label=com.docker.stack.namespace=${STACK}`;
    for (const kind of ['service', 'network', 'secret', 'config']) {
      expect(await onManager(kind, 'ls', '-q', '--filter', label), `${kind}s left behind`).toBe('');
    }
    console.log(`whole scenario: ${Date.now() - t0} ms`);
  }, 480_000);
});
