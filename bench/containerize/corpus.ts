import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Run from the repository root, a sibling of ../shared (see HELPERS.md). */
export const CORPUS = path.resolve(process.env.DOCKWRIGHT_CORPUS ?? '../shared/corpus/railpack/examples');

/** One entry of an app's test.json: what Railpack's integration test checks on the built image. */
export interface AppCheck {
  expectedOutput?: string | string[];
  httpCheck?: { path: string; expected: number; internalPort?: number; expectedOutput?: string | string[] };
  envs?: Record<string, string>;
  configFile?: string;
  platform?: string;
  shouldFail?: boolean;
}

export interface CorpusApp {
  name: string;
  dir: string;
  family: string;
  /** The checks that apply to a generated image (Railpack config-file variants and other platforms left out). */
  checks: AppCheck[];
  /** Why some of test.json's entries do not apply, if any were left out. */
  leftOut: string[];
}

/** test.json is JSON with comments and trailing commas. */
function parseJsonc(text: string): unknown {
  const noComments = text.replace(/("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_m, str) => str ?? '');
  return JSON.parse(noComments.replace(/,(\s*[\]}])/g, '$1'));
}

const FAMILY_ALIASES: Record<string, string> = {
  bun: 'node',
  expo: 'node',
  npm: 'node',
  pnpm: 'node',
  tanstack: 'node',
  staticfile: 'static',
  elixir: 'elixir/gleam',
  gleam: 'elixir/gleam',
};

/** The language family from the app's name (the corpus names apps `<language>-<case>`). */
function familyOf(name: string, dir: string): string {
  const head = name.split('-')[0];
  if (FAMILY_ALIASES[head]) return FAMILY_ALIASES[head];
  if (
    ['node', 'python', 'go', 'rust', 'java', 'ruby', 'php', 'dotnet', 'deno', 'cpp', 'shell'].includes(head)
  )
    return head;
  return existsSync(path.join(dir, 'package.json')) ? 'node' : 'other';
}

export function loadApp(name: string): CorpusApp {
  const dir = path.join(CORPUS, name);
  const entries = parseJsonc(readFileSync(path.join(dir, 'test.json'), 'utf8')) as AppCheck[];
  const leftOut: string[] = [];
  const checks = entries.filter((entry) => {
    if (entry.configFile) leftOut.push(`Railpack config ${entry.configFile}`);
    else if (entry.shouldFail) leftOut.push('a case Railpack expects to fail');
    else if (entry.platform && entry.platform !== 'linux/amd64') leftOut.push(`platform ${entry.platform}`);
    else return true;
    return false;
  });
  return { name, dir, family: familyOf(name, dir), checks, leftOut };
}

export function listApps(only?: string[], family?: string): CorpusApp[] {
  const names = readdirSync(CORPUS).filter((name) => existsSync(path.join(CORPUS, name, 'test.json')));
  const unknown = (only ?? []).filter((name) => !names.includes(name));
  if (unknown.length > 0) throw new Error(`Not in the corpus: ${unknown.join(', ')}. See ${CORPUS}.`);
  return names
    .filter((name) => !only || only.includes(name))
    .map(loadApp)
    .filter((app) => !family || app.family === family);
}

/** Railpack's start command for an app, from its generated plan. */
export function railpackStart(app: string): string | undefined {
  const file = path.join(CORPUS, '..', 'plans', `${app}.json`);
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, 'utf8')) as { deploy?: { startCommand?: string } }).deploy
    ?.startCommand;
}
