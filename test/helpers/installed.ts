import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { runProcess } from '../../src/exec/process.js';
import { REPO_ROOT } from './mcp.js';
import { withPidLock } from './pid-lock.js';

// Kept across runs (outside the run's temp folder): installing compiles better-sqlite3.
const ROOT = '/tmp/dockwright-installed';
const NPM = 'npm';

/** The `dockwright` bin of the packed tarball, installed into an empty folder as a user would. */
export interface InstalledPackage {
  /** The folder the package was installed into (a fresh npm project). */
  dir: string;
  /** node_modules/.bin/dockwright in that folder. */
  bin: string;
}

let installed: Promise<InstalledPackage> | undefined;

/**
 * Packs dist/ (built by the global setup; packing skips `prepare` so that test files that
 * are loading dist/ at the same time are not disturbed) and installs the tarball into an
 * empty npm project. The install is kept per tarball content, so a second run of the same
 * build reuses it; a lock folder keeps parallel test files from installing twice.
 */
export function installedPackage(): Promise<InstalledPackage> {
  installed ??= install();
  return installed;
}

async function install(): Promise<InstalledPackage> {
  mkdirSync(ROOT, { recursive: true });
  pruneOldInstalls();
  const packDir = mkdtempSync(path.join(ROOT, 'pack-'));
  try {
    const packed = await runProcess(
      NPM,
      ['pack', '--ignore-scripts', '--silent', '--pack-destination', packDir],
      { cwd: REPO_ROOT, timeoutMs: 120_000 },
    );
    if (packed.exitCode !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
    const tarball = path.join(packDir, packed.stdout.trim().split('\n').pop() ?? '');
    const digest = createHash('sha256').update(readFileSync(tarball)).digest('hex').slice(0, 16);
    const dir = path.join(ROOT, digest);
    const bin = path.join(dir, 'node_modules/.bin/dockwright');
    await withPidLock(`${dir}.lock`, 1_200_000, async () => {
      if (existsSync(path.join(dir, 'ready'))) {
        utimesSync(path.join(dir, 'ready'), new Date(), new Date());
        return;
      }
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir);
      // npm 11 runs dependency install scripts only when the project allows them; a user
      // does the same (README) so that better-sqlite3 compiles for the pattern memory.
      writeFileSync(
        path.join(dir, 'package.json'),
        JSON.stringify({
          name: 'installed-dockwright',
          version: '1.0.0',
          private: true,
          allowScripts: { 'better-sqlite3': true, protobufjs: true },
        }),
      );
      // The dependencies are in npm's cache after `npm ci`; only better-sqlite3 compiles.
      const result = await runProcess(
        NPM,
        ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball],
        {
          cwd: dir,
          timeoutMs: 1_200_000,
        },
      );
      if (result.exitCode !== 0 || !existsSync(bin))
        throw new Error(`npm install of ${tarball} failed:\n${result.stderr.slice(-2000)}`);
      writeFileSync(path.join(dir, 'ready'), new Date().toISOString());
    });
    return { dir, bin };
  } finally {
    rmSync(packDir, { recursive: true, force: true });
  }
}

/** Each build of dist/ installs once (~200 MB); installs unused for two days are removed. */
function pruneOldInstalls(): void {
  const cutoff = Date.now() - 2 * 24 * 3600_000;
  for (const name of readdirSync(ROOT)) {
    const ready = path.join(ROOT, name, 'ready');
    if (existsSync(ready) && statSync(ready).mtimeMs < cutoff)
      rmSync(path.join(ROOT, name), { recursive: true, force: true });
  }
}
