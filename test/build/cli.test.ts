import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeCommand, buildCommand } from '../../src/cli/build.js';
import { progressDisplay } from '../../src/cli/build-display.js';
import { TEST_RUN } from '../helpers/docker.js';
import { removeTree, tempTree } from '../helpers/temp-tree.js';
import { removeLabelledImages } from './fixtures.js';

const LABELS = ['--label', 'dockwright.test=1', '--label', `dockwright.test.run=${TEST_RUN}`];

const folders: string[] = [];
afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  await removeLabelledImages();
  await Promise.all(folders.map(removeTree));
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((text: string) => void out.push(text));
  vi.spyOn(console, 'error').mockImplementation((text: string) => void err.push(text));
  vi.spyOn(process.stderr, 'write').mockImplementation(
    (text: string | Uint8Array) => err.push(String(text)) > 0,
  );
  return { out, err };
}

describe('dockwright build / analyze', () => {
  it('builds a folder with plain progress lines when stderr is not a terminal, then analyzes the image', async () => {
    // Stand-in used: busybox:latest.
    const dir = await tempTree({
      Dockerfile: 'FROM busybox:latest\nRUN echo built > /built\nCOPY hello.txt /\n',
      'hello.txt': 'hi',
    });
    folders.push(dir);
    const build = capture();
    const code = await buildCommand([dir, '-t', 'dockwright-test/cli:1', ...LABELS]);
    expect(code, build.err.join('')).toBe(0);
    expect(build.err.join('')).toMatch(/^#\d+\/\d+ \d+\.\ds \[2\/3\] RUN echo built/m);
    expect(build.out.join('\n')).toMatch(
      /Built dockwright-test\/cli:1 in .* with buildkit\n\s+image\s+sha256:/,
    );
    vi.restoreAllMocks();

    const analyze = capture();
    expect(await analyzeCommand(['dockwright-test/cli:1', '--limit', '3'])).toBe(0);
    expect(analyze.out.join('\n')).toMatch(/Layers:[\s\S]*RUN echo built[\s\S]*User: root \(not set\)/);
  });

  it('exits 1 with the failing step and a hint when the build fails', async () => {
    const dir = await tempTree({ Dockerfile: 'FROM busybox:latest\nRUN echo nope && exit 4\n' });
    folders.push(dir);
    const { err } = capture();
    expect(await buildCommand([dir, ...LABELS])).toBe(1);
    expect(err.join('\n')).toMatch(
      /Build failed at \[2\/2\] RUN echo nope && exit 4 \(exit code 4\)[\s\S]*Next: /,
    );
  });

  it('redraws one status line on a terminal', () => {
    const written: string[] = [];
    const fakeTerminal = {
      isTTY: true,
      columns: 60,
      write: (text: string) => written.push(text) > 0,
    } as unknown as NodeJS.WriteStream;
    const display = progressDisplay(fakeTerminal, Date.now());
    display.update({ progress: 1.5, total: 4, step: '[2/3] RUN make' });
    display.stop();
    expect(written[0]).toMatch(/^\r\x1b\[K\[1\.5\/4\] 0\.\ds \[2\/3\] RUN make$/);
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('refuses malformed arguments', async () => {
    await expect(buildCommand(['.', '--build-arg', 'NOVALUE'])).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(analyzeCommand(['x', '--limit', '0'])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
