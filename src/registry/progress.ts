import type { PullPushEvent } from '../engine/types.js';

/**
 * Folds the engine's per-layer pull/push events into one progress figure (bytes done of
 * bytes known) and a message naming the current phase.
 */
export function layerProgress(report: (progress: number, total?: number, message?: string) => void) {
  const layers = new Map<string, { current: number; total: number; done: boolean }>();
  let digest: string | undefined;
  let lastSent = 0;
  return {
    onEvent(event: PullPushEvent) {
      const status = event.status ?? '';
      const found = /digest: (sha256:[a-f0-9]{64})/i.exec(status);
      if (found) digest = found[1];
      if (!event.id || event.id.includes(':')) return;
      const layer = layers.get(event.id) ?? { current: 0, total: 0, done: false };
      if (event.progressDetail?.total) {
        layer.total = event.progressDetail.total;
        layer.current = event.progressDetail.current ?? layer.current;
      }
      if (/complete|already exists|pushed|layer already exists|mounted from/i.test(status)) {
        layer.done = true;
        layer.current = layer.total;
      }
      layers.set(event.id, layer);
      const now = Date.now();
      if (now - lastSent < 200 && !layer.done) return;
      lastSent = now;
      let current = 0;
      let total = 0;
      for (const l of layers.values()) {
        current += l.current;
        total += l.total;
      }
      const done = [...layers.values()].filter((l) => l.done).length;
      report(current, total || undefined, `${done}/${layers.size} layers: ${status} ${event.id}`.trim());
    },
    get digest() {
      return digest;
    },
  };
}
