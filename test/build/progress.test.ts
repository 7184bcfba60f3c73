import { describe, expect, it } from 'vitest';
import { BuildProgress, type ProgressUpdate } from '../../src/build/progress.js';
import type { BuildEvent } from '../../src/engine/build-types.js';

const vertex = (
  digest: string,
  name: string,
  extra: Partial<{ started: number; completed: number; cached: boolean; error: string }> = {},
): BuildEvent => ({
  type: 'vertex',
  vertex: { digest, name, inputs: [], cached: false, ...extra },
});

describe('BuildProgress', () => {
  it('reports increasing progress over the known steps, once per change', () => {
    const updates: ProgressUpdate[] = [];
    const progress = new BuildProgress(
      (update) => updates.push(update),
      (text) => text,
    );
    progress.handle(vertex('a', '[internal] load build definition', { started: 1 }));
    progress.handle(vertex('a', '[internal] load build definition', { started: 1, completed: 2 }));
    progress.handle(vertex('b', '[1/2] FROM busybox', { started: 3, completed: 3, cached: true }));
    progress.handle(vertex('c', '[2/2] RUN make', { started: 4 }));
    progress.handle(vertex('c', '[2/2] RUN make', { started: 4 }));
    progress.handle(vertex('c', '[2/2] RUN make', { started: 4, completed: 9 }));
    expect(updates.map((update) => [update.progress, update.total])).toEqual([
      [0.5, 1],
      [1, 1],
      [2, 2],
      [2.5, 3],
      [3, 3],
    ]);
    expect(updates.at(-1)?.step).toBe('[2/2] RUN make');
    expect(progress.summary()).toEqual({ total: 2, cached: 1 });
  });

  it('keeps the failing step with its output, masked', () => {
    const progress = new BuildProgress(
      () => {},
      (text) => text.replaceAll('hunter2', '***'),
    );
    progress.handle(vertex('c', '[2/2] RUN ./deploy', { started: 1 }));
    progress.handle({ type: 'log', log: { vertex: 'c', stream: 1, text: 'using hunter2\n' } });
    progress.handle({ type: 'log', log: { vertex: 'c', stream: 2, text: 'boom\n' } });
    progress.handle(vertex('c', '[2/2] RUN ./deploy', { started: 1, completed: 2, error: 'exit code: 3' }));
    progress.handle({ type: 'warning', message: 'hunter2 in a warning' });
    expect(progress.failingStep()).toEqual({
      name: '[2/2] RUN ./deploy',
      error: 'exit code: 3',
      output: 'using ***\nboom\n',
    });
    expect(progress.warnings).toEqual(['*** in a warning']);
  });

  it('follows the classic builder through its "Step n/m" lines', () => {
    const updates: ProgressUpdate[] = [];
    const progress = new BuildProgress(
      (update) => updates.push(update),
      (text) => text,
    );
    for (const text of [
      'Step 1/3 : FROM busybox\n',
      ' ---> abc\n',
      'Step 2/3 : RUN true\n',
      'Step 3/3 : CMD ["sh"]\n',
    ]) {
      progress.handle({ type: 'output', text });
    }
    expect(updates).toEqual([
      { progress: 0, total: 3, step: 'FROM busybox' },
      { progress: 1, total: 3, step: 'RUN true' },
      { progress: 2, total: 3, step: 'CMD ["sh"]' },
    ]);
  });
});
