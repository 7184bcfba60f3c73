import { homedir } from 'node:os';
import path from 'node:path';
import { checkBuildContexts } from './build-context.js';
import { readEnvFiles } from './env-file.js';
import { resolveExtends } from './extends.js';
import { discoverComposeFiles, type ParsedFile, readComposeFile } from './files.js';
import { applyIncludes } from './include.js';
import { remapMergedLists } from './list-remap.js';
import { mergeFiles } from './merge.js';
import type { ComposeFinding, ComposeProject } from './model.js';
import { normaliseModel } from './normalise.js';
import { projectEnvironment } from './project-environment.js';
import type { SchemaIssue } from './schema/dsl.js';
import { checkReferences } from './schema/references.js';
import { composeFile } from './schema/top-level.js';
import { validPart } from './schema/valid-part.js';
import { locate, type SourceMap } from './yaml-source.js';

export interface LoadOptions {
  /** The project folder; defaults to the folder of the first file. */
  workingDir?: string;
  /** Compose files in merge order; defaults to compose.yaml (or docker-compose.yml) plus its override. */
  files?: string[];
  /** Environment for interpolation; `.env` in the project folder fills what it does not set. */
  env?: Record<string, string | undefined>;
  /** Names a `.env` file may not set (tools: the engine connection variables). */
  reservedDotenvNames?: readonly string[];
  /** Extra env files that replace the project's `.env`. */
  envFiles?: string[];
  profiles?: string[];
  projectName?: string;
  /**
   * Security: called with every file the project makes us read (extends, include, env_file);
   * returns the path to read or throws. Tools pass the workspace check here.
   */
  allowRead?: (file: string) => string;
}

export function normaliseProjectName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '');
}

/** Broken extends references, reported where the `extends` key is written. */
function problemsToFindings(problems: SchemaIssue[], sourceMap: SourceMap): ComposeFinding[] {
  return problems.map((problem) => {
    const where = locate(sourceMap, problem.path);
    return { code: 'reference', severity: 'error', ...problem, file: where?.file, line: where?.line };
  });
}

export function issuesToFindings(
  issues: SchemaIssue[],
  code: string,
  sourceMap: SourceMap,
): ComposeFinding[] {
  return issues.map((issue) => {
    const where = locate(sourceMap, issue.path);
    return {
      code,
      severity: 'error',
      path: issue.path,
      message: `${issue.path || 'file'} ${issue.message}`,
      file: where?.file,
      line: where?.line,
    };
  });
}

function activeProfileSet(options: LoadOptions, env: Record<string, string | undefined>): string[] {
  if (options.profiles) return options.profiles;
  return (env.COMPOSE_PROFILES ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Loads a Compose project the way the Compose CLI does (files, overrides, .env, interpolation,
 * extends, include, profiles) and validates it against our model of the specification.
 * Unreadable files, bad YAML and bad interpolation throw; everything else is a finding.
 */
export async function loadProject(
  options: LoadOptions = {},
): Promise<{ project: ComposeProject; findings: ComposeFinding[] }> {
  const baseDir = path.resolve(
    options.workingDir ?? (options.files?.[0] ? path.dirname(path.resolve(options.files[0])) : process.cwd()),
  );
  const allowRead = options.allowRead ?? ((file: string) => file);
  const files = (
    options.files?.length ? options.files.map((f) => path.resolve(baseDir, f)) : discoverComposeFiles(baseDir)
  ).map(allowRead);
  const workingDir = options.workingDir ? baseDir : path.dirname(files[0]);
  const env = projectEnvironment(workingDir, options, allowRead);
  const home = (options.env ?? process.env).HOME ?? homedir();
  const sourceMap: SourceMap = new Map();
  const interpolatedPaths = new Set<string>();
  let merged: Record<string, unknown> = {};
  const parsedFiles: ParsedFile[] = [];
  const findings: ComposeFinding[] = [];
  for (const file of files) {
    const parsed = await readComposeFile(file, env, path.relative(workingDir, file) || file);
    // Each file is checked before extends and include follow its references, as Compose does.
    const fileIssues = schemaIssues(parsed.data);
    findings.push(...issuesToFindings(fileIssues, 'schema', parsed.sourceMap));
    if (!fileIssues.length && parsed.data.services && typeof parsed.data.services === 'object') {
      const problems: SchemaIssue[] = [];
      const context = {
        env,
        workingDir,
        home,
        chain: [],
        allowRead: options.allowRead,
        problems,
        sourceMap: parsed.sourceMap,
      };
      parsed.data.services = await resolveExtends(
        parsed.data.services as Record<string, Record<string, unknown>>,
        file,
        context,
      );
      findings.push(...problemsToFindings(problems, parsed.sourceMap));
    }
    parsedFiles.push(parsed);
    merged = mergeFiles(merged, parsed.data);
    parsed.sourceMap = remapMergedLists(parsed.sourceMap, parsed.data, merged);
    for (const [key, location] of parsed.sourceMap) sourceMap.set(key, location);
    for (const interpolatedPath of parsed.interpolated) interpolatedPaths.add(interpolatedPath);
  }
  if (!findings.length) {
    merged = await applyIncludes(
      merged,
      { workingDir, home, allowRead, env, sourceMap, findings },
      (included) => loadProject({ ...included, allowRead: options.allowRead }),
    );
  }
  const mergedIssues = findings.length ? [] : schemaIssues(merged);
  findings.push(...issuesToFindings(mergedIssues, 'schema', sourceMap));
  const activeProfiles = activeProfileSet(options, env);
  const services = (merged.services as Record<string, Record<string, unknown>>) ?? {};
  const disabledServices = Object.entries(services)
    .filter(([, spec]) => isDisabled(spec, activeProfiles))
    .map(([name]) => name);
  const active = {
    ...merged,
    services: Object.fromEntries(
      Object.entries(services).filter(([name]) => !disabledServices.includes(name)),
    ),
  };
  if (!findings.length)
    findings.push(...issuesToFindings(checkReferences(active, disabledServices), 'reference', sourceMap));
  const name = normaliseProjectName(
    options.projectName ??
      (typeof merged.name === 'string' ? merged.name : undefined) ??
      env.COMPOSE_PROJECT_NAME ??
      path.basename(workingDir),
  );
  const schemaProblems = findings.filter((f) => f.code === 'schema');
  const model = normaliseModel(schemaProblems.length ? validPart(active, schemaProblems) : active, name);
  if (!findings.length)
    findings.push(
      ...readEnvFiles(model, active, workingDir, sourceMap, home, options.allowRead),
      ...checkBuildContexts(model, workingDir, sourceMap),
    );
  const warnings: ComposeFinding[] = [];
  for (const parsed of parsedFiles) {
    for (const [variable, at] of parsed.unset) {
      const where = locate(parsed.sourceMap, at);
      warnings.push({
        code: 'interpolation',
        severity: 'warning',
        path: at,
        message: `variable ${variable} is not set; it became an empty string`,
        file: where?.file,
        line: where?.line,
      });
    }
  }
  const project: ComposeProject = {
    name,
    workingDir,
    files,
    model,
    raw: merged,
    sourceMap,
    interpolatedPaths,
    disabledServices,
    activeProfiles,
    environment: env,
    home,
    warnings,
  };
  return { project, findings };
}

function isDisabled(spec: Record<string, unknown> | null, active: string[]): boolean {
  const profiles = spec?.profiles;
  if (!Array.isArray(profiles) || profiles.length === 0) return false;
  return !active.includes('*') && !profiles.some((p) => active.includes(p));
}

function schemaIssues(data: Record<string, unknown>): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  composeFile.check(data, '', issues);
  return issues;
}
