import { afterAll, expect } from 'vitest';
import { loadApp } from '../../../bench/containerize/corpus.js';
import { type AppResult, benchApp, removeLabelled } from '../../../bench/containerize/pipeline.js';
import { requireEngine, TEST_LABELS } from '../../helpers/docker.js';

/**
 * Corpus apps (../shared/corpus/railpack), unchanged, through bench/containerize's pipeline:
 * detect, generate, lint, build on the stand-ins of scripts/test-env.sh, run, and the app's
 * own test.json checks. What a test file's runs make carries `label` and the test labels and
 * is removed after the file.
 */
export function corpusRunner(label: string): {
  run: (name: string) => Promise<AppResult>;
  expectPasses: (name: string) => Promise<void>;
} {
  afterAll(() => removeLabelled(label));
  const run = (name: string) =>
    benchApp(loadApp(name), { build: true, timeoutMs: 60_000, label, labels: TEST_LABELS });
  return {
    run,
    async expectPasses(name) {
      await requireEngine();
      const result = await run(name);
      expect(result.lintFindings).toEqual([]);
      expect({ stage: result.stage, reason: result.reason }).toEqual({ stage: 'passed', reason: '' });
    },
  };
}
