import type { LayerEntry } from '../../image/layers.js';

export const maxSecretFileBytes = 512 * 1024;

/** Documentation, translations and timezone data are large and never hold credentials. */
const skippedDirs = [
  'usr/share/doc/',
  'usr/share/man/',
  'usr/share/info/',
  'usr/share/locale/',
  'usr/share/i18n/',
  'usr/share/zoneinfo/',
  'usr/share/terminfo/',
  'usr/lib/locale/',
  'var/lib/dpkg/info/',
  'proc/',
  'sys/',
];

const skippedExtensions =
  /\.(so(\.\d+)*|a|o|gz|xz|bz2|zst|zip|jar|png|jpe?g|gif|ico|svg|woff2?|ttf|mo|pyc|wasm|node|map)$/i;

/** Manual pages and npm's own bundled docs show example credentials (`_authToken=MYTOKEN`). */
const skippedPaths = /(?:^|\/)man\/man\d[^/]*\/|(?:^|\/)node_modules\/npm\/(?:docs|man)\//;

export function isSecretCandidate(entry: LayerEntry): boolean {
  return (
    !skippedPaths.test(entry.path) &&
    entry.type === 'file' &&
    entry.size > 0 &&
    entry.size <= maxSecretFileBytes &&
    !skippedDirs.some((dir) => entry.path.startsWith(dir)) &&
    !skippedExtensions.test(entry.path)
  );
}
