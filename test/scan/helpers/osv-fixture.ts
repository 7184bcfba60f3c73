import { tempTree } from '../../helpers/temp-tree.js';

/**
 * OSV records (real OSV schema 1.6) for packages that really are in the stand-in images:
 * glibc 2.36-9+deb12u14 and zlib 1:1.2.13.dfsg-1 in debian:bookworm-slim, and the
 * left-pad the Node fixture image carries.
 */
export const osvFixtureRecords = [
  {
    schema_version: '1.6.0',
    id: 'DSA-TEST-0001',
    modified: '2026-01-01T00:00:00Z',
    summary: 'glibc: test advisory fixed after the installed version',
    affected: [
      {
        package: { ecosystem: 'Debian:12', name: 'glibc' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.36-9+deb12u15' }] }],
      },
    ],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N' }],
  },
  {
    schema_version: '1.6.0',
    id: 'DSA-TEST-0002',
    modified: '2026-01-01T00:00:00Z',
    summary: 'zlib: test advisory fixed in exactly the installed version',
    affected: [
      {
        package: { ecosystem: 'Debian:12', name: 'zlib' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1:1.2.13.dfsg-1' }] }],
      },
    ],
  },
  {
    schema_version: '1.6.0',
    id: 'GHSA-test-lpad-0001',
    modified: '2026-01-01T00:00:00Z',
    summary: 'left-pad: test advisory',
    database_specific: { severity: 'HIGH' },
    affected: [
      {
        package: { ecosystem: 'npm', name: 'left-pad' },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.3.0' }] }],
      },
    ],
  },
];

export function writeOsvFixture(): string {
  const files = osvFixtureRecords.map((record) => [
    `${record.affected[0].package.ecosystem.split(':')[0]}/${record.id}.json`,
    JSON.stringify(record, null, 2),
  ]);
  return tempTree(Object.fromEntries(files), 'dockwright-osv-');
}
