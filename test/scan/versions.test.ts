import { describe, expect, it } from 'vitest';
import { compareVersions, type VersionScheme } from '../../src/scan/versions/index.js';

/** Each list is in ascending order; every pair is checked both ways. */
const ascending: Record<VersionScheme, string[][]> = {
  dpkg: [
    ['1.0~rc1', '1.0', '1.0-1', '1.0-1+deb12u1', '1.0a', '1.0.1', '1:0.5'],
    ['2.36-9', '2.36-9+deb12u3', '2.36-9+deb12u10', '2.37-1~exp1', '2.37-1'],
    ['1.0~~', '1.0~~a', '1.0~', '1.0', '1.0+b1'],
    ['3.0.11-1~deb12u1', '3.0.11-1~deb12u2', '3.0.11-1', '3.0.13-1~deb12u1'],
  ],
  apk: [
    ['1.0_alpha', '1.0_beta2', '1.0_pre1', '1.0_rc1', '1.0', '1.0-r1', '1.0_p1', '1.0a', '1.0.1'],
    ['1.1.1c-r0', '1.1.1d-r0', '1.1.1d-r2', '1.1.1k-r0'],
    ['3.9.9_git20200101', '3.9.10', '3.10.0_rc1-r3', '3.10.0'],
  ],
  semver: [
    [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
    ],
    ['v0.3.7', 'v0.3.8', 'v0.10.0', '1.2.0'],
  ],
  pep440: [
    [
      '1.0.dev0',
      '1.0a1.dev1',
      '1.0a1',
      '1.0b2',
      '1.0rc1',
      '1.0',
      '1.0+local.1',
      '1.0.post1.dev0',
      '1.0.post1',
      '1.1',
    ],
    ['2.28.2', '2.31.0', '1!0.1'],
    ['1.0-1', '1.0.post2', '1.0.r3'],
  ],
};

const equal: Record<VersionScheme, [string, string][]> = {
  dpkg: [
    ['0:1.2-3', '1.2-3'],
    ['1.02', '1.2'],
  ],
  apk: [['1.0-r0', '1.0']],
  semver: [
    ['v1.2.3', '1.2.3'],
    ['1.2.3+build.5', '1.2.3'],
  ],
  pep440: [
    ['1.0', '1.0.0'],
    ['1.0ALPHA1', '1.0a1'],
    ['1.0-post1', '1.0.post1'],
  ],
};

describe('version ordering', () => {
  for (const scheme of Object.keys(ascending) as VersionScheme[]) {
    const compare = compareVersions[scheme];
    it(`orders ${scheme} versions`, () => {
      for (const list of ascending[scheme]) {
        for (let i = 0; i < list.length; i++) {
          for (let j = i + 1; j < list.length; j++) {
            expect(compare(list[i], list[j]), `${list[i]} < ${list[j]}`).toBe(-1);
            expect(compare(list[j], list[i]), `${list[j]} > ${list[i]}`).toBe(1);
          }
        }
      }
    });
    it(`treats equivalent ${scheme} spellings as equal`, () => {
      for (const [a, b] of equal[scheme]) expect(compare(a, b), `${a} = ${b}`).toBe(0);
    });
  }
});
