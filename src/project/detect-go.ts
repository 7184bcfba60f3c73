import type { LanguageDetection, LanguageDetector } from './detection.js';
import type { ProjectFiles } from './project-files.js';
import { DEFAULT_VERSIONS, resolveVersion } from './runtime-versions.js';
import type { Fact } from './types.js';

const GO_PORT = /["'`]:(\d{2,5})["'`]|PORT["'`]?\s*,\s*["'`](\d{2,5})/;

function goRequires(goMod: string): string[] {
  const names: string[] = [];
  for (const match of goMod.matchAll(/^\s*(?:require\s+)?([\w.-]+\.[\w.-]+\/[^\s]+)\s+v[\w.+-]+/gm))
    names.push(match[1]);
  return names;
}

/** The main package: the root when it has Go files, else the only (or first) `cmd/<name>`. */
function mainPackage(files: ProjectFiles): { entry?: Fact<string>; note?: string } {
  if (files.list().some((name) => name.endsWith('.go'))) return { entry: { value: '.', source: 'main.go' } };
  const commands = files.list('cmd').filter((name) => files.isDir(`cmd/${name}`));
  if (commands.length === 0) return {};
  const entry = { value: `./cmd/${commands[0]}`, source: `cmd/${commands[0]}` };
  const note =
    commands.length > 1
      ? `Several commands under cmd/ (${commands.join(', ')}); building ${commands[0]}. Pass another with the entry option.`
      : undefined;
  return { entry, note };
}

function detectGo(files: ProjectFiles): LanguageDetection {
  const goMod = files.readText('go.mod');
  const { entry, note } = mainPackage(files);
  const directive = goMod ? /^go\s+(\d+\.\d+)/m.exec(goMod)?.[1] : undefined;
  const version = directive ? resolveVersion(directive, DEFAULT_VERSIONS.go) : undefined;
  const mainSource = entry
    ? entry.value === '.'
      ? 'main.go'
      : `${entry.value.slice(2)}/main.go`
    : undefined;
  const portMatch = GO_PORT.exec((mainSource && files.readText(mainSource)) || '');
  const port = portMatch ? Number(portMatch[1] ?? portMatch[2]) : undefined;
  return {
    language: { value: 'go', source: goMod ? 'go.mod' : '*.go' },
    packageManager: goMod ? { value: 'go-modules', source: 'go.mod' } : undefined,
    lockfile: files.exists('go.sum') ? 'go.sum' : undefined,
    manifests: goMod ? ['go.mod', ...(files.exists('go.sum') ? ['go.sum'] : [])] : [],
    runtimeVersion: version ? { value: version, source: 'go.mod#go' } : undefined,
    framework: goMod?.includes('github.com/gin-gonic/gin') ? { value: 'Gin', source: 'go.mod' } : undefined,
    entry,
    buildCommand: {
      value: `go build -trimpath -ldflags="-s -w" -o /out/app ${entry?.value ?? '.'}`,
      source: 'default for Go',
    },
    startCommand: { value: '/app', source: 'default: the built binary' },
    port: port
      ? { value: port, source: mainSource ?? 'source' }
      : { value: 8080, source: 'default for Go services' },
    notes: note ? [note] : [],
    dependencies: { names: goMod ? goRequires(goMod) : [], source: 'go.mod' },
  };
}

export const goDetector: LanguageDetector = {
  matches: (files) => files.exists('go.mod') || files.list().some((name) => name.endsWith('.go')),
  detect: (files) => detectGo(files),
};
