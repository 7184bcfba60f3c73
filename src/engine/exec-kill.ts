import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type Dockerode from 'dockerode';

const MARKER_NAME = 'DOCKWRIGHT_EXEC_ID';
const KILL_TIMEOUT_MS = 10_000;

// Every process whose environment holds the marker (the exec'd one and its children); plain
// sh, tr and read, as both busybox and Debian images have them.
const KILL_SCRIPT =
  'cd /proc && for p in [0-9]*; do ' +
  'if tr "\\0" "\\n" < "$p/environ" 2>/dev/null | { while IFS= read -r e; do [ "$e" = "$1" ] && exit 0; done; exit 1; }; ' +
  'then kill -9 "$p" 2>/dev/null; fi; done; true';

/** An environment entry that tags the processes of one exec. */
export function execMarker(): string {
  return `${MARKER_NAME}=${randomUUID()}`;
}

/**
 * The engine has no "kill exec" call, and closing the attached stream leaves the process
 * running in the container. This kills, as root inside the container, every process
 * carrying `marker` in its environment. It needs a shell in the image; without one the
 * process is left to finish on its own.
 */
export async function killMarkedProcesses(container: Dockerode.Container, marker: string): Promise<void> {
  try {
    const exec = await container.exec({
      Cmd: ['sh', '-c', KILL_SCRIPT, 'sh', marker],
      User: '0',
      AttachStdout: true,
      AttachStderr: true,
    });
    const stream = (await exec.start({ hijack: true, stdin: false })) as unknown as Readable;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        stream.destroy();
        resolve();
      }, KILL_TIMEOUT_MS);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      stream.on('end', done).on('close', done).on('error', done).resume();
    });
  } catch {
    // Best effort: a container that stopped meanwhile took the process with it.
  }
}
