import { randomUUID } from 'node:crypto';
import { VERSION } from '../version.js';
import type { Package } from './model.js';
import type { OsInfo } from './os-release.js';
import { purlOf } from './purl.js';

export interface SbomSubject {
  /** The image reference or directory the inventory describes. */
  name: string;
  kind: 'container' | 'application';
  imageId?: string;
  os?: OsInfo;
  packages: Package[];
}

const componentType = {
  deb: 'library',
  apk: 'library',
  npm: 'library',
  pypi: 'library',
  golang: 'library',
} as const;

function componentOf(pkg: Package, os: OsInfo | undefined, index: number) {
  const purl = purlOf(pkg, os);
  const properties = [
    pkg.path && { name: 'dockwright:package:file', value: pkg.path },
    pkg.layer && { name: 'dockwright:layer:diff_id', value: pkg.layer },
    pkg.sourceName &&
      pkg.sourceName !== pkg.name && { name: 'dockwright:package:source_name', value: pkg.sourceName },
    pkg.sourceVersion &&
      pkg.sourceVersion !== pkg.version && {
        name: 'dockwright:package:source_version',
        value: pkg.sourceVersion,
      },
  ].filter((property): property is { name: string; value: string } => Boolean(property));
  return {
    type: componentType[pkg.ecosystem],
    'bom-ref': `${purl}#${index}`,
    name: pkg.name,
    version: pkg.version,
    purl,
    ...(pkg.licenses?.length ? { licenses: pkg.licenses.map((name) => ({ license: { name } })) } : {}),
    ...(properties.length ? { properties } : {}),
  };
}

/** A CycloneDX 1.5 JSON SBOM of an inventory. */
export function toCycloneDx(subject: SbomSubject): object {
  const osComponent = subject.os && {
    type: 'operating-system',
    'bom-ref': `os:${subject.os.family}`,
    name: subject.os.family,
    ...(subject.os.version ? { version: subject.os.version } : {}),
  };
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    serialNumber: `urn:uuid:${randomUUID()}`,
    version: 1,
    metadata: {
      timestamp: new Date().toISOString(),
      tools: { components: [{ type: 'application', name: 'dockwright', version: VERSION }] },
      component: {
        type: subject.kind,
        'bom-ref': 'subject',
        name: subject.name,
        ...(subject.imageId ? { version: subject.imageId } : {}),
      },
    },
    components: [
      ...(osComponent ? [osComponent] : []),
      ...subject.packages.map((pkg, i) => componentOf(pkg, subject.os, i)),
    ],
  };
}
