import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Package } from '../../src/scan/model.js';
import { cvss3BaseScore } from '../../src/scan/osv/cvss.js';
import { loadOsvDatabase } from '../../src/scan/osv/load.js';
import { matchOsv, rangeAffects } from '../../src/scan/osv/match.js';
import { compareVersions } from '../../src/scan/versions/index.js';

/** A zip written by hand (deflated entries), the way osv.dev's exports are packed. */
function zipOf(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = deflateRawSync(Buffer.from(text));
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(text.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(text.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const semver = compareVersions.semver;

describe('OSV range events', () => {
  it('applies introduced and fixed', () => {
    const range = { type: 'SEMVER' as const, events: [{ introduced: '1.0.0' }, { fixed: '1.2.3' }] };
    expect(rangeAffects(range, '0.9.0', semver)).toMatchObject({ affected: false });
    expect(rangeAffects(range, '1.2.2', semver)).toEqual({ affected: true, fixed: '1.2.3' });
    expect(rangeAffects(range, '1.2.3', semver).affected).toBe(false);
  });
  it('applies last_affected inclusively and "0" as the start of time', () => {
    const range = { type: 'ECOSYSTEM' as const, events: [{ introduced: '0' }, { last_affected: '2.0.0' }] };
    expect(rangeAffects(range, '2.0.0', semver).affected).toBe(true);
    expect(rangeAffects(range, '2.0.1', semver).affected).toBe(false);
  });
  it('handles several introduced/fixed pairs and a limit', () => {
    const events = [{ introduced: '1.0.0' }, { fixed: '1.1.0' }, { introduced: '2.0.0' }, { fixed: '2.0.5' }];
    const range = { type: 'SEMVER' as const, events };
    expect(rangeAffects(range, '1.5.0', semver).affected).toBe(false);
    expect(rangeAffects(range, '2.0.1', semver)).toEqual({ affected: true, fixed: '2.0.5' });
    const limited = { type: 'SEMVER' as const, events: [{ introduced: '0' }, { limit: '3.0.0' }] };
    expect(rangeAffects(limited, '2.9.0', semver).affected).toBe(true);
    expect(rangeAffects(limited, '3.0.0', semver).affected).toBe(false);
  });
});

describe('CVSS v3 base score', () => {
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N', 5.3],
    ['CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:N', 4.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
  ])('%s scores %d', (vector, score) => expect(cvss3BaseScore(vector)).toBe(score));
});

describe('loading and matching OSV data', () => {
  const records = {
    'npm/GHSA-test-0001.json': JSON.stringify({
      id: 'GHSA-test-0001',
      summary: 'Prototype pollution in left-pad',
      database_specific: { severity: 'HIGH' },
      affected: [
        {
          package: { ecosystem: 'npm', name: 'left-pad' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.3.0' }] }],
        },
      ],
    }),
    'PyPI/PYSEC-test.json': JSON.stringify({
      id: 'PYSEC-test',
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
      affected: [{ package: { ecosystem: 'PyPI', name: 'Some_Package' }, versions: ['2.0rc1'] }],
    }),
    'Debian/DSA-test.json': JSON.stringify({
      id: 'DSA-test',
      affected: [
        {
          package: { ecosystem: 'Debian:12', name: 'glibc' },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.36-9+deb12u4' }] }],
        },
      ],
    }),
  };
  const packages: Package[] = [
    { name: 'left-pad', version: '1.2.0', ecosystem: 'npm', path: 'app/node_modules/left-pad/package.json' },
    { name: 'left-pad', version: '1.3.0', ecosystem: 'npm' },
    { name: 'some-package', version: '2.0.0rc1', ecosystem: 'pypi' },
    {
      name: 'libc6',
      version: '2.36-9+deb12u3',
      sourceName: 'glibc',
      sourceVersion: '2.36-9+deb12u3',
      ecosystem: 'deb',
    },
  ];

  it('reads a zip export and matches by ecosystem, source package and version scheme', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'osv-'));
    const zip = path.join(dir, 'all.zip');
    await writeFile(zip, zipOf(records));
    const db = await loadOsvDatabase(zip);
    expect(db.records).toBe(3);
    const findings = matchOsv(packages, { family: 'debian', version: '12' }, db, 'img');
    expect(
      findings.map((f) => [f.id, f.packageName, f.installedVersion, f.fixedVersion, f.severity]),
    ).toEqual([
      ['GHSA-test-0001', 'left-pad', '1.2.0', '1.3.0', 'HIGH'],
      ['PYSEC-test', 'some-package', '2.0.0rc1', undefined, 'CRITICAL'],
      ['DSA-test', 'libc6', '2.36-9+deb12u3', '2.36-9+deb12u4', 'UNKNOWN'],
    ]);
  });

  it('does not match a Debian record for another release', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'osv-'));
    for (const [name, text] of Object.entries(records))
      await writeFile(path.join(dir, path.basename(name)), text);
    const db = await loadOsvDatabase(dir);
    expect(matchOsv(packages.slice(3), { family: 'debian', version: '11' }, db, 'img')).toEqual([]);
  });

  it('names a missing data source', async () => {
    await expect(loadOsvDatabase('/nonexistent/osv')).rejects.toThrow(/does not exist/);
  });
});
