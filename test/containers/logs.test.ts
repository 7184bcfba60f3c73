import { describe, expect, it } from 'vitest';
import { interleaveByTimestamp, LOG_MAX_CHARS, readContainerLog } from '../../src/containers/logs.js';
import type { LogOptions } from '../../src/engine/types.js';
import { fakeEngine } from '../helpers/fake-engine.js';

const at = (second: number, fraction = '') => `2026-11-29T10:00:0${second}${fraction}Z`;

describe('interleaveByTimestamp', () => {
  it('orders the lines of both streams by the engine timestamp and drops it', () => {
    const stdout = `${at(1)} first\n${at(3)} third\n`;
    const stderr = `${at(2)} second\n`;
    expect(interleaveByTimestamp(stdout, stderr, false)).toBe('first\nsecond\nthird');
    expect(interleaveByTimestamp(stdout, stderr, true).split('\n')[1]).toBe(`${at(2)} second`);
  });

  it('compares fractions of a second by value, not by their text length', () => {
    const stdout = `${at(1, '.5')} later\n`;
    const stderr = `${at(1, '.123456789')} earlier\n`;
    expect(interleaveByTimestamp(stdout, stderr, false)).toBe('earlier\nlater');
  });

  it('keeps a line without a timestamp after the line before it', () => {
    expect(interleaveByTimestamp(`${at(1)} a\nno stamp\n${at(3)} c`, `${at(2)} b`, false)).toBe(
      'a\nno stamp\nb\nc',
    );
  });
});

describe('readContainerLog (fake engine)', () => {
  it('asks the engine for timestamps and the stream wanted, then fences and masks the text', async () => {
    const asked: LogOptions[] = [];
    const engine = fakeEngine({
      async containerLogs(_id, options) {
        asked.push(options);
        return { stdout: `${at(1)} API_TOKEN=abc123supersecret\n`, stderr: `${at(2)} boom\n` };
      },
    });
    const log = await readContainerLog(engine, 'web', { tail: 5, stream: 'stdout' });
    expect(asked[0]).toMatchObject({ tail: 5, timestamps: true, stdout: true, stderr: false });
    expect(log.lines).toBe(2);
    expect(log.text).toMatch(/^<<<UNTRUSTED logs of web/);
    expect(log.text).toContain('API_TOKEN=****\nboom');
    expect(log.text).not.toContain('abc123supersecret');
  });

  it('keeps the last LOG_MAX_CHARS characters and says it cut', async () => {
    const long = 'x'.repeat(LOG_MAX_CHARS);
    const engine = fakeEngine({
      containerLogs: async () => ({ stdout: `${at(1)} head\n${at(2)} ${long}\n`, stderr: '' }),
    });
    const log = await readContainerLog(engine, 'web', { tail: 100 });
    expect(log.truncated).toBe(true);
    expect(log.text).not.toContain('head');
    expect(log.lines).toBe(1);
  });
});
