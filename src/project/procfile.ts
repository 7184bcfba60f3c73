import type { Fact } from './types.js';

/** The `web` process of a Procfile (or `worker` when there is no web process). */
export function procfileCommand(
  text: string | undefined,
): { kind: 'web' | 'worker'; command: Fact<string> } | undefined {
  if (!text) return undefined;
  const entries = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([\w-]+)\s*:\s*(.+)$/.exec(line.trim());
    if (match) entries.set(match[1], match[2].trim());
  }
  const web = entries.get('web');
  if (web) return { kind: 'web', command: { value: web, source: 'Procfile#web' } };
  const worker = entries.get('worker');
  return worker ? { kind: 'worker', command: { value: worker, source: 'Procfile#worker' } } : undefined;
}
