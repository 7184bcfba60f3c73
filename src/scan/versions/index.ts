import { compareApk } from './apk.js';
import { compareDpkg } from './dpkg.js';
import { comparePep440 } from './pep440.js';
import { compareSemver } from './semver.js';

export type VersionScheme = 'dpkg' | 'apk' | 'semver' | 'pep440';

export const compareVersions: Record<VersionScheme, (a: string, b: string) => number> = {
  dpkg: compareDpkg,
  apk: compareApk,
  semver: compareSemver,
  pep440: comparePep440,
};
