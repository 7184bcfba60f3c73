import type { LanguageDetection, LanguageDetector } from './detection.js';
import type { ProjectFiles } from './project-files.js';
import { DEFAULT_VERSIONS, resolveVersion } from './runtime-versions.js';
import { tomlArray, tomlKeys, tomlSections, tomlString } from './toml-lite.js';
import type { Fact } from './types.js';

function expandMembers(files: ProjectFiles, members: string[]): string[] {
  return members.flatMap((member) => {
    if (!member.endsWith('/*')) return [member];
    const parent = member.slice(0, -2);
    return files.list(parent).map((name) => `${parent}/${name}`);
  });
}

/** The binary to build: the package's default-run, a `[[bin]]` or a package with src/main.rs; in a workspace, the member that has one. */
function binaryOf(files: ProjectFiles, dir: string): string | undefined {
  const prefix = dir === '.' ? '' : `${dir}/`;
  const sections = tomlSections(files.readText(`${prefix}Cargo.toml`) ?? '');
  const defaultRun = tomlString(sections.get('package'), 'default-run');
  if (defaultRun) return defaultRun;
  const bin = tomlString(sections.get('bin'), 'name');
  if (bin) return bin;
  const name = tomlString(sections.get('package'), 'name');
  return name && files.exists(`${prefix}src/main.rs`) ? name : undefined;
}

function rustVersion(files: ProjectFiles, packageBody: string | undefined): Fact<string> | undefined {
  const toolchain = tomlString(
    tomlSections(files.readText('rust-toolchain.toml') ?? '').get('toolchain'),
    'channel',
  );
  const legacy = files.readText('rust-toolchain')?.trim();
  const declared = tomlString(packageBody, 'rust-version');
  for (const [source, spec] of [
    ['rust-toolchain.toml', toolchain],
    ['rust-toolchain', legacy],
    ['Cargo.toml#package.rust-version', declared],
  ] as const) {
    const version = spec && /\d/.test(spec) ? resolveVersion(spec, DEFAULT_VERSIONS.rust) : undefined;
    if (version) return { value: version, source };
  }
  return undefined;
}

function detectRust(files: ProjectFiles): LanguageDetection {
  const sections = tomlSections(files.readText('Cargo.toml') ?? '');
  const members = expandMembers(files, tomlArray(sections.get('workspace'), 'members'));
  let binary = binaryOf(files, '.');
  let member: string | undefined;
  for (const candidate of members) {
    if (binary) break;
    binary = binaryOf(files, candidate);
    if (binary) member = candidate;
  }
  const dependencies = [...sections.entries()]
    .filter(([name]) => name.endsWith('dependencies'))
    .flatMap(([, body]) => tomlKeys(body));
  return {
    language: { value: 'rust', source: 'Cargo.toml' },
    packageManager: { value: 'cargo', source: 'Cargo.toml' },
    lockfile: files.exists('Cargo.lock') ? 'Cargo.lock' : undefined,
    manifests: ['Cargo.toml', ...(files.exists('Cargo.lock') ? ['Cargo.lock'] : [])],
    runtimeVersion: rustVersion(files, sections.get('package')),
    framework: dependencies.includes('rocket')
      ? { value: 'Rocket', source: 'Cargo.toml' }
      : dependencies.includes('actix-web')
        ? { value: 'Actix Web', source: 'Cargo.toml' }
        : dependencies.includes('axum')
          ? { value: 'Axum', source: 'Cargo.toml' }
          : undefined,
    entry: binary ? { value: binary, source: member ? `${member}/Cargo.toml` : 'Cargo.toml' } : undefined,
    buildCommand: {
      value: `cargo build --release --locked${binary ? ` --bin ${binary}` : ''}`,
      source: 'default for Cargo',
    },
    startCommand: binary ? { value: `/app/${binary}`, source: 'default: the built binary' } : undefined,
    port: { value: dependencies.includes('rocket') ? 8000 : 8080, source: 'default for Rust web services' },
    dependencies: { names: dependencies, source: 'Cargo.toml' },
  };
}

export const rustDetector: LanguageDetector = {
  matches: (files) => files.exists('Cargo.toml'),
  detect: (files) => detectRust(files),
};
