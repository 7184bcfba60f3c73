import { parseArgs } from 'node:util';
import { lazyEngine } from '../engine/index.js';
import { layerProgress } from '../registry/progress.js';
import { parseReference } from '../registry/reference.js';
import { resolveAuth } from '../toolkit/schemas/registry.js';
import { interruptible } from './interrupt.js';

const HELP = {
  pull: `dockwright pull IMAGE [--platform OS/ARCH] [--json]

Pulls IMAGE with a progress bar (plain lines when not a terminal) and prints its digest.
Credentials come from ~/.docker/config.json and credential helpers.
Exit codes: 0 pulled, 2 error (not found, refused, no engine), 130 cancelled.`,
  push: `dockwright push IMAGE [--json]

Pushes a local IMAGE (tag it with its registry first) with a progress bar and prints the digest.
Exit codes: 0 pushed, 2 error, 130 cancelled.`,
};

function bar(stream: NodeJS.WriteStream) {
  let lastLine = '';
  return {
    show(current: number, total: number | undefined, message: string | undefined) {
      if (stream.isTTY) {
        const width = 24;
        const filled = total ? Math.round((current / total) * width) : 0;
        const pct = total ? `${Math.round((current / total) * 100)}%`.padStart(4) : '    ';
        const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct} ${message ?? ''}`;
        stream.write(`\r\x1b[K${line.slice(0, (stream.columns ?? 100) - 1)}`);
      } else if (message && message !== lastLine) {
        lastLine = message;
        stream.write(`${message}\n`);
      }
    },
    done() {
      if (stream.isTTY) stream.write('\r\x1b[K');
    },
  };
}

/** `dockwright pull` and `dockwright push`: the same engine calls as image_pull and image_push. */
export function transferCommand(direction: 'pull' | 'push') {
  return async (argv: string[]): Promise<number> => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        platform: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help || positionals.length !== 1) {
      console.log(HELP[direction]);
      return values.help ? 0 : 2;
    }
    const image = positionals[0];
    const ref = parseReference(image);
    const engine = lazyEngine();
    const auth = await resolveAuth(undefined, ref.domain);
    const interrupt = interruptible();
    const display = bar(process.stderr);
    const progress = layerProgress((current, total, message) => display.show(current, total, message));
    try {
      let digest: string | undefined;
      if (direction === 'pull') {
        await engine.pullImage(
          image,
          { auth, platform: values.platform, onEvent: progress.onEvent },
          interrupt.signal,
        );
        digest = progress.digest;
      } else {
        digest = (await engine.pushImage(image, { auth, onEvent: progress.onEvent }, interrupt.signal))
          .digest;
      }
      display.done();
      const result = { image, digest: digest ?? progress.digest };
      console.log(
        values.json
          ? JSON.stringify(result)
          : `${direction === 'pull' ? 'Pulled' : 'Pushed'} ${image}${result.digest ? ` ${result.digest}` : ''}`,
      );
      return 0;
    } catch (error) {
      display.done();
      if (interrupt.signal.aborted) return 130;
      throw error;
    } finally {
      interrupt.done();
    }
  };
}
