import type { Package } from './model.js';
import type { OsInfo } from './os-release.js';

const encode = (value: string) => encodeURIComponent(value).replace(/%2F/gi, '/');

/** A package URL (https://github.com/package-url/purl-spec) for a package. */
export function purlOf(pkg: Package, os: OsInfo | undefined): string {
  const version = encodeURIComponent(pkg.version);
  const qualifiers = new URLSearchParams();
  if (pkg.arch) qualifiers.set('arch', pkg.arch);
  switch (pkg.ecosystem) {
    case 'deb':
    case 'apk': {
      const vendor = pkg.ecosystem === 'apk' ? 'alpine' : (os?.family ?? 'debian');
      if (os?.version) qualifiers.set('distro', `${vendor}-${os.version}`);
      const query = qualifiers.toString();
      return `pkg:${pkg.ecosystem}/${vendor}/${encodeURIComponent(pkg.name)}@${version}${query ? `?${query}` : ''}`;
    }
    case 'npm': {
      const [scope, name] = pkg.name.startsWith('@') ? pkg.name.split('/', 2) : [undefined, pkg.name];
      return `pkg:npm/${scope ? `${encodeURIComponent(scope)}/` : ''}${encodeURIComponent(name)}@${version}`;
    }
    case 'pypi':
      return `pkg:pypi/${encodeURIComponent(pkg.name.toLowerCase().replace(/[-_.]+/g, '-'))}@${version}`;
    case 'golang':
      return `pkg:golang/${encode(pkg.name)}@${version}`;
  }
}
