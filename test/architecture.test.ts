import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/mcp.js';

// The dependency rules of the layout (see the README's layout paragraph), read from the
// import statements themselves: a file that breaks one is named with the import it makes.

type Imports = Map<string, string[]>;

const ROOTS = ['src', 'tools', 'prompts', 'resources'];
const SPECIFIERS = [
  /\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]/g,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const child = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(child);
    return entry.name.endsWith('.ts') ? [child] : [];
  });
}

/** A relative specifier as a repository path (`.js` names the `.ts` source); a package as written. */
function resolveSpecifier(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const target = path.posix.join(path.posix.dirname(from), specifier);
  const source = target.replace(/\.js$/, '.ts');
  return existsSync(path.join(REPO_ROOT, source)) ? source : target;
}

function readImports(): Imports {
  const imports: Imports = new Map();
  for (const file of ROOTS.flatMap(sourceFiles)) {
    const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
    const found = SPECIFIERS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]));
    imports.set(file, [...new Set(found.map((specifier) => resolveSpecifier(file, specifier)))]);
  }
  return imports;
}

/** Every import circle, each once, as `a -> b -> a`. */
function findCircles(imports: Imports): string[] {
  const circles = new Set<string>();
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (file: string) => {
    const at = stack.indexOf(file);
    if (at >= 0) {
      const loop = stack.slice(at);
      const start = loop.indexOf([...loop].sort()[0]);
      const rotated = [...loop.slice(start), ...loop.slice(0, start)];
      circles.add([...rotated, rotated[0]].join(' -> '));
      return;
    }
    if (done.has(file) || !imports.has(file)) return;
    stack.push(file);
    for (const target of imports.get(file) ?? []) visit(target);
    stack.pop();
    done.add(file);
  };
  for (const file of imports.keys()) visit(file);
  return [...circles];
}

const under = (file: string, ...folders: string[]) => folders.some((f) => file.startsWith(`${f}/`));
// The bin and the package's module compose the server, like the CLI.
const ENTRY_POINTS = ['src/cli.ts', 'src/index.ts'];
const isServer = (file: string) => under(file, 'src/mcp', 'src/cli') || ENTRY_POINTS.includes(file);
const isToolkit = (file: string) => under(file, 'src/toolkit');
const isDefinition = (file: string) => under(file, 'tools', 'prompts', 'resources');
const TOOL_FORBIDDEN = /^(dockerode|execa|node:child_process|child_process|@modelcontextprotocol\/sdk)(\/|$)/;

/** Each import that breaks a layering rule, as `file imports target: why`. */
function findViolations(imports: Imports): string[] {
  const violations: string[] = [];
  for (const [file, targets] of imports) {
    for (const target of targets) {
      let why: string | undefined;
      if (under(file, 'src') && !isServer(file) && !isToolkit(file)) {
        if (isDefinition(target)) why = 'only src/mcp/ and the CLI load definitions';
        else if (isToolkit(target) || isServer(target))
          why = 'domain code stays below the toolkit and the server';
        else if (target === 'zod' || target.startsWith('zod/')) why = 'tool schemas belong in src/toolkit/';
      } else if (isToolkit(file) && (isServer(target) || isDefinition(target))) {
        why = 'the toolkit stays below the definitions and the server';
      } else if (isDefinition(file) && isServer(target)) {
        why = 'definitions never reach the server';
      }
      if (under(file, 'tools') && TOOL_FORBIDDEN.test(target))
        why = 'tools work through ctx, never dockerode, execa, child_process or the SDK';
      if (why) violations.push(`${file} imports ${target}: ${why}`);
    }
  }
  return violations;
}

describe('dependency rules', () => {
  const imports = readImports();

  it('reads every source file and its imports', () => {
    expect(imports.size).toBeGreaterThan(300);
    expect(imports.get('src/mcp/server.ts')).toContain('src/toolkit/tool.ts');
  });

  it('has no import circles', () => {
    expect(findCircles(imports)).toEqual([]);
  });

  it('keeps each layer to its own imports', () => {
    expect(findViolations(imports)).toEqual([]);
  });

  it('names the file and import of a circle and of each broken rule', () => {
    const bad: Imports = new Map([
      ['src/compose/a.ts', ['src/compose/b.ts', 'zod']],
      ['src/compose/b.ts', ['src/compose/a.ts', 'src/toolkit/tool.ts']],
      ['src/toolkit/tool.ts', ['src/mcp/server.ts']],
      ['tools/image/x.ts', ['dockerode', '@modelcontextprotocol/sdk/types.js', 'src/mcp/server.ts']],
      ['src/mcp/server.ts', ['tools/index.ts', 'zod']],
    ]);
    expect(findCircles(bad)).toEqual(['src/compose/a.ts -> src/compose/b.ts -> src/compose/a.ts']);
    expect(findViolations(bad)).toEqual([
      'src/compose/a.ts imports zod: tool schemas belong in src/toolkit/',
      'src/compose/b.ts imports src/toolkit/tool.ts: domain code stays below the toolkit and the server',
      'src/toolkit/tool.ts imports src/mcp/server.ts: the toolkit stays below the definitions and the server',
      'tools/image/x.ts imports dockerode: tools work through ctx, never dockerode, execa, child_process or the SDK',
      'tools/image/x.ts imports @modelcontextprotocol/sdk/types.js: tools work through ctx, never dockerode, execa, child_process or the SDK',
      'tools/image/x.ts imports src/mcp/server.ts: definitions never reach the server',
    ]);
  });
});
