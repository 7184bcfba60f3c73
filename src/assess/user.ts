import type { DockerEngine } from '../engine/types.js';
import { walkImage } from '../image/layers.js';

export type UserCheck =
  | { runsAsRoot: true; measured: string; reason: string }
  | { runsAsRoot: false; measured: string }
  | { runsAsRoot: undefined; measured: string; reason: string };

const PASSWD_PATH = 'etc/passwd';
const PASSWD_READ_LIMIT = 1024 * 1024;

/** The uid a passwd file gives a user name, if it lists the name. */
export function uidFromPasswd(passwd: string, name: string): number | undefined {
  for (const line of passwd.split('\n')) {
    const fields = line.split(':');
    if (fields[0] === name && fields.length >= 3 && /^\d+$/.test(fields[2])) return Number(fields[2]);
  }
  return undefined;
}

/** The image's /etc/passwd as its final filesystem shows it (the topmost layer that has it). */
export async function readImagePasswd(
  engine: DockerEngine,
  ref: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const versions = new Map<string, string>();
  const walked = await walkImage(await engine.exportImage(ref), {
    signal,
    maxReadBytes: PASSWD_READ_LIMIT,
    onEntry: (entry) => (entry.type === 'file' && entry.path === PASSWD_PATH ? 'read' : 'skip'),
    onFile(entry, content) {
      versions.set(entry.layer, content.toString('utf8'));
    },
  });
  const topmost = [...walked.layers].reverse().find((layer) => versions.has(layer.key));
  return topmost && versions.get(topmost.key);
}

/**
 * Whether the image's USER is root: empty, `root` or uid 0 is; a name is resolved through
 * the image's own /etc/passwd, because a name other than root can still map to uid 0.
 */
export async function checkUser(
  configUser: string | undefined,
  readPasswd: () => Promise<string | undefined>,
): Promise<UserCheck> {
  const user = (configUser ?? '').split(':')[0];
  if (user === '')
    return {
      runsAsRoot: true,
      measured: 'root (no USER)',
      reason: 'The image sets no USER, so it runs as root.',
    };
  if (/^\d+$/.test(user)) {
    return Number(user) === 0
      ? { runsAsRoot: true, measured: 'uid 0', reason: 'USER is uid 0 (root).' }
      : { runsAsRoot: false, measured: `uid ${user}` };
  }
  if (user === 'root') return { runsAsRoot: true, measured: 'root', reason: 'USER is root.' };
  const passwd = await readPasswd();
  if (passwd === undefined)
    return {
      runsAsRoot: undefined,
      measured: user,
      reason: `The image has no /etc/passwd to resolve user "${user}".`,
    };
  const uid = uidFromPasswd(passwd, user);
  if (uid === undefined) {
    return {
      runsAsRoot: true,
      measured: `${user} (not in /etc/passwd)`,
      reason: `User "${user}" is not in the image's /etc/passwd, so the container cannot start as it.`,
    };
  }
  return uid === 0
    ? { runsAsRoot: true, measured: `${user} (uid 0)`, reason: `User "${user}" has uid 0, which is root.` }
    : { runsAsRoot: false, measured: `${user} (uid ${uid})` };
}
