import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The stdio tests run the real bin, so build dist/ once before any test file starts. */
export default function setup() {
  const root = path.resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
