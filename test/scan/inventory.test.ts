import { describe, expect, it } from 'vitest';
import { parseApkInstalled } from '../../src/scan/inventory/apk.js';
import { isDpkgDatabase, parseDpkgStatus } from '../../src/scan/inventory/dpkg.js';
import { findGoBuildInfo, goPackages, parseBuildInfoBlob } from '../../src/scan/inventory/go-buildinfo.js';
import { parsePackageLock, parseRequirements } from '../../src/scan/inventory/lockfiles.js';
import { isNodeModulesManifest } from '../../src/scan/inventory/npm.js';
import { isPythonMetadata, parsePythonMetadata } from '../../src/scan/inventory/python.js';
import { LayeredIndex } from '../../src/scan/layered-index.js';

describe('dpkg', () => {
  const status = [
    'Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nSource: glibc (2.36-9+deb12u4)\nVersion: 2.36-9+deb12u4\nDescription: GNU C Library\n multi-line description\n',
    'Package: zlib1g\nStatus: install ok installed\nSource: zlib\nVersion: 1:1.2.13.dfsg-1\n',
    'Package: old-thing\nStatus: deinstall ok config-files\nVersion: 1.0\n',
  ].join('\n');
  it('reads installed packages with source names and versions, skipping removed ones', () => {
    expect(
      parseDpkgStatus(status, 'var/lib/dpkg/status').map((p) => [
        p.name,
        p.version,
        p.sourceName,
        p.sourceVersion,
      ]),
    ).toEqual([
      ['libc6', '2.36-9+deb12u4', 'glibc', '2.36-9+deb12u4'],
      ['zlib1g', '1:1.2.13.dfsg-1', 'zlib', '1:1.2.13.dfsg-1'],
    ]);
  });
  it('knows distroless status.d files', () => {
    expect(isDpkgDatabase('var/lib/dpkg/status.d/libc6')).toBe(true);
    expect(isDpkgDatabase('var/lib/dpkg/status.d/libc6.md5sums')).toBe(false);
    expect(
      parseDpkgStatus('Package: base-files\nVersion: 12.4+deb12u5\nArchitecture: amd64\n', 'x')[0].name,
    ).toBe('base-files');
  });
});

describe('apk', () => {
  it('reads the installed database with origins', () => {
    const db =
      'C:Q1abc=\nP:libcrypto3\nV:3.1.4-r5\nA:x86_64\nL:Apache-2.0\no:openssl\n\nP:musl\nV:1.2.4_git20230717-r4\no:musl\n';
    expect(
      parseApkInstalled(db, 'lib/apk/db/installed').map((p) => [p.name, p.version, p.sourceName, p.licenses]),
    ).toEqual([
      ['libcrypto3', '3.1.4-r5', 'openssl', ['Apache-2.0']],
      ['musl', '1.2.4_git20230717-r4', 'musl', undefined],
    ]);
  });
});

describe('npm and Python', () => {
  it('recognises package manifests under node_modules only', () => {
    expect(isNodeModulesManifest('app/node_modules/left-pad/package.json')).toBe(true);
    expect(isNodeModulesManifest('app/node_modules/@scope/pkg/package.json')).toBe(true);
    expect(isNodeModulesManifest('app/package.json')).toBe(false);
    expect(isNodeModulesManifest('app/node_modules/pkg/lib/package.json')).toBe(false);
  });
  it('reads dist-info METADATA and egg-info PKG-INFO', () => {
    expect(isPythonMetadata('usr/lib/python3/dist-packages/requests-2.28.1.dist-info/METADATA')).toBe(true);
    expect(isPythonMetadata('usr/lib/python3/dist-packages/six-1.16.0.egg-info')).toBe(true);
    const metadata =
      'Metadata-Version: 2.1\nName: requests\nVersion: 2.28.1\nLicense: Apache 2.0\n\nLong description\nName: not-this\n';
    expect(parsePythonMetadata(metadata, 'x')).toMatchObject({
      name: 'requests',
      version: '2.28.1',
      licenses: ['Apache 2.0'],
    });
  });
  it('reads package-lock.json v3 and pinned requirements', () => {
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': {},
        'node_modules/a': { version: '1.0.0' },
        'node_modules/a/node_modules/@s/b': { version: '2.0.0' },
      },
    };
    expect(
      parsePackageLock(JSON.stringify(lock), 'package-lock.json').map((p) => `${p.name}@${p.version}`),
    ).toEqual(['a@1.0.0', '@s/b@2.0.0']);
    expect(
      parseRequirements(
        'flask==2.3.2\nrequests>=2\nuvicorn[standard]==0.23.1 ; python_version>"3"\n',
        'r.txt',
      ).map((p) => p.name),
    ).toEqual(['flask', 'uvicorn']);
  });
});

function buildInfoBlob(version: string, modinfo: string): Buffer {
  const header = Buffer.alloc(32);
  header.write('\xff Go buildinf:', 0, 'latin1');
  header[14] = 8;
  header[15] = 2;
  const sentinel = Buffer.alloc(16, 0x30);
  const mod = Buffer.concat([sentinel, Buffer.from(modinfo), sentinel]);
  return Buffer.concat([
    header,
    Buffer.from([version.length]),
    Buffer.from(version),
    Buffer.from([(mod.length & 0x7f) | 0x80, mod.length >> 7]),
    mod,
  ]);
}

describe('Go build info', () => {
  const modinfo =
    'path\texample.com/app\nmod\texample.com/app\t(devel)\t\ndep\tgolang.org/x/text\tv0.3.7\th1:x\ndep\tgithub.com/a/b\tv1.0.0\th1:y\n=>\tgithub.com/fork/b\tv1.0.1\th1:z\nbuild\t-compiler=gc\n';
  it('parses the inline (Go 1.18+) format, with replacements', () => {
    const info = parseBuildInfoBlob(buildInfoBlob('go1.21.5', modinfo));
    if (!info || info === 'need-more') throw new Error('not parsed');
    expect(goPackages(info, 'app').map((p) => `${p.name}@${p.version}`)).toEqual([
      'stdlib@1.21.5',
      'golang.org/x/text@v0.3.7',
      'github.com/fork/b@v1.0.1',
    ]);
  });
  it('finds the blob in a streamed ELF file, across chunk borders and past a decoy copy of the magic', async () => {
    const elf = Buffer.concat([Buffer.from('\x7fELF', 'latin1'), Buffer.alloc(28)]);
    const decoy = Buffer.concat([
      Buffer.alloc(3),
      Buffer.from('\xff Go buildinf:', 'latin1'),
      Buffer.alloc(15),
    ]);
    const file = Buffer.concat([
      elf,
      decoy,
      Buffer.alloc(16 - ((elf.length + decoy.length) % 16)),
      buildInfoBlob('go1.19.8', modinfo),
      Buffer.alloc(100),
    ]);
    async function* chunks() {
      for (let i = 0; i < file.length; i += 7) yield file.subarray(i, i + 7);
    }
    const info = await findGoBuildInfo(chunks());
    expect(info?.goVersion).toBe('go1.19.8');
    expect(info?.mainPath).toBe('example.com/app');
    async function* notElf() {
      yield Buffer.from('#!/bin/sh\n');
    }
    expect(await findGoBuildInfo(notElf())).toBeUndefined();
  });
});

describe('layered index', () => {
  it('stacks layers like overlayfs: replace, whiteout, opaque directory', () => {
    const index = new LayeredIndex<string>();
    index.add('L1', 'etc/a', 'a1');
    index.add('L1', 'opt/x/y', 'y1');
    index.add('L1', 'var/lib/dpkg/status', 's1');
    index.add('L3', 'var/lib/dpkg/status', 's3');
    index.whiteout('L2', 'etc/a');
    index.opaque('L2', 'opt/x');
    index.add('L2', 'opt/x/z', 'z2');
    const visible = index.resolve(['L1', 'L2', 'L3']);
    expect(
      Object.fromEntries([...visible].map(([path, placed]) => [path, `${placed.layer}:${placed.value}`])),
    ).toEqual({
      'var/lib/dpkg/status': 'L3:s3',
      'opt/x/z': 'L2:z2',
    });
    expect(index.deletedAbove('L1', 'etc/a', ['L1', 'L2', 'L3'])).toBe(true);
    expect(index.deletedAbove('L2', 'opt/x/z', ['L1', 'L2', 'L3'])).toBe(false);
  });
});
