import type { Deploy } from '../compose/model.js';
import type { NotTranslated } from './model.js';

export interface WorkloadShape {
  kind: 'Deployment' | 'DaemonSet';
  replicas?: number;
  strategy?: Record<string, unknown>;
  nodeSelector?: Record<string, string>;
  annotations?: Record<string, string>;
}

const SELECTOR = /^node\.(labels\.([\w.\-/]+)|hostname|platform\.arch)\s*==\s*(\S+)$/;

/**
 * The Swarm `deploy` keys as a workload's shape: mode, replicas, placement, update order.
 * What has no counterpart (rollback on failure, restart policy, node roles, jobs) is
 * reported with what to do instead.
 */
export function workloadShape(
  service: string,
  deploy: Deploy | undefined,
  notes: NotTranslated[],
): WorkloadShape {
  const shape: WorkloadShape = { kind: deploy?.mode === 'global' ? 'DaemonSet' : 'Deployment' };
  if (!deploy) return shape;
  const report = (key: string, reason: string) => notes.push({ service, key: `deploy.${key}`, reason });
  if (deploy.mode && !['global', 'replicated'].includes(deploy.mode))
    report('mode', `${deploy.mode}: run it as a Kubernetes Job or CronJob`);
  if (typeof deploy.replicas === 'number' && shape.kind === 'Deployment') shape.replicas = deploy.replicas;
  for (const constraint of deploy.placement?.constraints ?? []) {
    const match = SELECTOR.exec(constraint.trim());
    if (!match) {
      report(
        'placement.constraints',
        `"${constraint}" has no node selector equivalent: use node labels or taints`,
      );
      continue;
    }
    const key = match[2] ?? (match[1] === 'hostname' ? 'kubernetes.io/hostname' : 'kubernetes.io/arch');
    shape.nodeSelector = { ...shape.nodeSelector, [key]: match[3] };
  }
  const update = deploy.update_config as Record<string, unknown> | undefined;
  if (update && shape.kind === 'Deployment') {
    const parallelism =
      typeof update.parallelism === 'number' && update.parallelism > 0 ? update.parallelism : 1;
    shape.strategy = {
      type: 'RollingUpdate',
      rollingUpdate:
        update.order === 'start-first'
          ? { maxSurge: parallelism, maxUnavailable: 0 }
          : { maxSurge: 0, maxUnavailable: parallelism },
    };
    if (update.failure_action === 'rollback')
      report(
        'update_config.failure_action',
        'Kubernetes marks a stuck rollout failed (progressDeadlineSeconds) but does not roll back: run kubectl rollout undo',
      );
  }
  if (deploy.rollback_config) report('rollback_config', 'kubectl rollout undo rolls back a Deployment');
  if (deploy.restart_policy)
    report('restart_policy', 'pods of a Deployment always restart; use a Job for run-to-completion work');
  if (deploy.endpoint_mode)
    report('endpoint_mode', 'a headless Service (clusterIP: None) is the dnsrr equivalent');
  if (deploy.labels) shape.annotations = deploy.labels;
  return shape;
}
