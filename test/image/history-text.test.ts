import { describe, expect, it } from 'vitest';
import { historyStepText } from '../../src/image/history-text.js';

const key = ['sk-proj-', 'Q8m2Lx7Rt4Vb9Nc1Zd6Kf3Hs5Jw0Pa2Ye'].join('');

describe('image history as the model sees it', () => {
  it.each([
    [
      'RUN |2 TOKEN=abc def VERSION=1.2 /bin/sh -c echo hi # buildkit',
      'RUN |2 TOKEN=**** VERSION=**** /bin/sh -c echo hi # buildkit',
    ],
    ['|1 EMPTY= /bin/sh -c true', '|1 EMPTY= /bin/sh -c true'],
    [`ENV API_KEY=${key}`, 'ENV API_KEY=sk-proj-****'],
    [`/bin/sh -c #(nop)  ENV API_KEY=${key}`, 'ENV API_KEY=sk-proj-****'],
    [`ENV NOTE=${key}`, 'ENV NOTE=sk-proj-****'],
    ['RUN /bin/sh -c echo hi # buildkit', 'RUN /bin/sh -c echo hi # buildkit'],
    ['ARG PASSWORD=hunter2', 'ARG PASSWORD=****'],
    ['ARG VERSION=1.2', 'ARG VERSION=1.2'],
  ])('%s -> %s', (createdBy, shown) => {
    expect(historyStepText(createdBy)).toBe(shown);
  });
});
