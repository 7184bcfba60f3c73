import { describe, expect, it } from 'vitest';
import { chooseStandIns } from '../../bench/containerize/stand-ins.js';

/** Which stand-in images "exist", as the engine would answer. */
const engineWith =
  (...images: string[]) =>
  async (image: string) =>
    images.includes(image);
const UP = [
  'node:26-bookworm-slim',
  'node:24-bookworm-slim',
  'node:22-bookworm-slim',
  'node:20-bookworm-slim',
];

describe('bench/containerize picks the stand-in of the version an app asks for', () => {
  it.each([
    [{ node: '22.19.0' }, [...UP, 'node:22.19.0-bookworm-slim'], 'node:22.19.0-bookworm-slim', []],
    [{ node: '22.19.0' }, UP, 'node:22-bookworm-slim', ['node 22.19.0→22.23.5']],
    [{ node: '22' }, [...UP, 'node:22.2.0-bookworm-slim'], 'node:22-bookworm-slim', []],
    [{ node: '20' }, UP, 'node:20-bookworm-slim', []],
    [{ node: '18.20.5' }, UP, 'node:26-bookworm-slim', ['node 18.20.5→26.12.1']],
    [{}, UP, 'node:26-bookworm-slim', []],
  ])('%j with %j: %s', async (requested, images, image, differs) => {
    const choice = await chooseStandIns(requested, engineWith(...images));
    expect(choice.images.node).toBe(image);
    expect(choice.images['node-runtime']).toBe(image);
    expect(choice.differs).toEqual(differs);
  });

  it('leaves out roles with no stand-in and reports every runtime that differs', async () => {
    const choice = await chooseStandIns(
      { bun: '1.3.14', static: '2.10' },
      engineWith('oven/bun:1.4.5-slim', 'caddy:2.6'),
    );
    expect(choice.images).toEqual({ bun: 'oven/bun:1.4.5-slim', static: 'caddy:2.6' });
    expect(choice.differs).toEqual(['static 2.10→2.6', 'bun 1.3.14→1.4.5']);
  });
});
