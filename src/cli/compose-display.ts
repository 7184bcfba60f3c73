import type { ServiceReadiness } from '../compose/readiness.js';
import type { ServiceState } from '../compose/status.js';
import type { ComposeUpResult } from '../compose/up.js';

export function formatProgress(change: ServiceReadiness, ready: number, total: number): string {
  return `[${ready}/${total}] ${change.service}: ${change.detail}`;
}

export function formatUp(result: ComposeUpResult): string {
  const lines = [
    `${result.ok ? 'ready' : `NOT READY (${result.outcome})`}: project ${result.project} in ${(result.elapsedMs / 1000).toFixed(1)} s (compose ${result.cli.flavour} ${result.cli.version})`,
    ...result.services.map((s) => `  ${s.service}: ${s.detail}`),
  ];
  const f = result.failure;
  if (f) {
    lines.push(`reason: ${f.reason}`);
    if (f.lastHealthOutput) lines.push(`last health output: ${f.lastHealthOutput}`);
    if (f.cliOutput) lines.push(f.cliOutput);
    if (f.logs) lines.push(f.logs);
    lines.push(
      result.rolledBack
        ? 'rolled back (down).'
        : 'left running for inspection: dockwright compose down removes it.',
    );
  }
  return lines.join('\n');
}

export function formatPs(project: string, states: ServiceState[]): string {
  if (!states.length) return `project ${project} has no containers`;
  const rows = [['SERVICE', 'CONTAINER', 'STATE', 'HEALTH', 'RESTARTS', 'LIMITS', 'PORTS']];
  for (const s of states) {
    for (const c of s.containers) {
      const limits = [
        c.memoryLimitBytes ? `${Math.round(c.memoryLimitBytes / 1048576)}MiB` : '',
        c.cpus ? `${c.cpus}cpu` : '',
      ]
        .filter(Boolean)
        .join(',');
      const state = c.exitCode !== undefined ? `${c.state}(${c.exitCode})` : c.state;
      rows.push([
        s.service,
        c.name,
        state,
        c.health ?? '-',
        String(c.restarts),
        limits || '-',
        c.ports.join(',') || '-',
      ]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
