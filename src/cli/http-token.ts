import { randomBytes } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface TokenChoice {
  /** Undefined only when the user chose --unsafe-no-auth. */
  token?: string;
  /** What to tell the user on stderr about where the token is. */
  notice?: string;
}

function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The token file: read when it exists, otherwise created with a fresh token, readable by
 * the user only (0600). Security: a token file that others can read is reported.
 */
async function tokenFromFile(file: string): Promise<TokenChoice> {
  const existing = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new Error(`Cannot read the token file ${file}: ${error.message}`);
  });
  if (existing === undefined) {
    const token = generateToken();
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
    return { token, notice: `generated a token in ${file} (mode 0600); clients send it as a Bearer token` };
  }
  const token = existing.trim();
  if (!token)
    throw new Error(
      `The token file ${file} is empty; put the token in it, or delete it to get one generated.`,
    );
  const { mode } = await stat(file);
  const notice =
    mode & 0o077 ? `warning: the token file ${file} can be read by other users; chmod 600 it` : undefined;
  return { token, notice };
}

/**
 * Security: HTTP never runs without a token unless the user says so with --unsafe-no-auth.
 * The token comes from --token, DOCKWRIGHT_TOKEN, --token-file or DOCKWRIGHT_TOKEN_FILE;
 * with none of them a random one is generated and printed on stderr (only the user who
 * started dockwright sees it).
 */
export async function chooseHttpToken(options: {
  flag?: string;
  file?: string;
  unsafeNoAuth: boolean;
}): Promise<TokenChoice> {
  const given = options.flag ?? process.env.DOCKWRIGHT_TOKEN;
  const file = options.file ?? process.env.DOCKWRIGHT_TOKEN_FILE;
  if (options.unsafeNoAuth) {
    if (given || file) throw new Error('--unsafe-no-auth cannot be combined with a token; drop one of them.');
    return {
      notice: 'warning: --unsafe-no-auth: any local user or process can drive Docker through this server',
    };
  }
  if (given) return { token: given };
  if (file) return tokenFromFile(file);
  const token = generateToken();
  return { token, notice: `no token given, generated one; clients send "Authorization: Bearer ${token}"` };
}
