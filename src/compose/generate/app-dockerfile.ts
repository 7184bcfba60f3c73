import type { Rationale } from '../../dockerfile/generate/dockerfile-builder.js';
import { type GenerateOptions, generateDockerfile } from '../../dockerfile/generate/generate-dockerfile.js';
import type { Healthcheck } from '../../dockerfile/generate/healthcheck.js';
import { lintText } from '../../dockerfile/lint/lint-text.js';
import { ToolError } from '../../errors.js';
import type { DetectedApp } from '../../project/detect-apps.js';
import { inDir } from '../../project/project-files.js';

export const HAS_HEALTHCHECK = /^\s*HEALTHCHECK\s+(?!NONE\b)/im;
const MAX_FINDINGS = 20;

/** Lint findings of an app's own Dockerfile, as "DL3007 line 1: message". */
export async function findingsOf(own: string | undefined): Promise<string[]> {
  if (own === undefined) return [];
  const { findings } = await lintText(own, { shellcheck: false });
  return findings.slice(0, MAX_FINDINGS).map((f) => `${f.code} line ${f.line}: ${f.message}`);
}

/** The app's generated Dockerfile; undefined when no template fits but the app has its own. */
export function generateFor(app: DetectedApp, ownDockerfile: string | undefined, options: GenerateOptions) {
  try {
    return generateDockerfile(app.plan, options);
  } catch (error) {
    if (ownDockerfile !== undefined) return undefined;
    if (!(error instanceof ToolError)) throw error;
    throw new ToolError(
      error.code,
      `App ${app.dir}: ${error.message}`,
      `${error.hint ? `${error.hint} ` : ''}Or write ${inDir(app.dir, 'Dockerfile')} yourself: compose.yaml then builds with it.`,
    );
  }
}

/** A root app's context holds the other apps' folders, which its image does not need. */
export function withoutOtherApps(ignore: string, apps: DetectedApp[]): string {
  const others = apps.filter((app) => app.dir !== '.').map((app) => `${app.dir}/`);
  return `${ignore.trimEnd()}\n\n# The repository's other apps, built from their own folders\n${others.join('\n')}\n`;
}

/** Appends the workspace apps' .dockerignore entries the shared root one lacks. */
export function mergeIgnores(first: string, next: string): string {
  const have = new Set(first.split('\n'));
  const extra = next.split('\n').filter((line) => line && !line.startsWith('#') && !have.has(line));
  return extra.length > 0 ? `${first.trimEnd()}\n\n${extra.join('\n')}\n` : first;
}

/**
 * The generated HEALTHCHECK as Compose keys, timing included: a Compose healthcheck replaces
 * the image's whole, so one without timing would fall back to the engine's 30 s interval.
 */
export function composeHealthcheck(healthcheck: Healthcheck): Record<string, unknown> | undefined {
  if (!healthcheck.instruction || !healthcheck.test) return undefined;
  const flags = Object.fromEntries(
    [...healthcheck.instruction.matchAll(/--([a-z-]+)=(\S+)/g)].map((m) => [m[1].replace('-', '_'), m[2]]),
  );
  return { test: healthcheck.test, ...flags, ...(flags.retries ? { retries: Number(flags.retries) } : {}) };
}

/** Why compose.yaml builds an app with the Dockerfile it already has, and how to improve it. */
export function keptRationale(app: DetectedApp, dockerfile: string, findings: number): Rationale {
  const context =
    app.context === '.' && app.dir !== '.'
      ? ' from the workspace root, as its workspace install needs (set build.context if it expects its own folder)'
      : '';
  return {
    choice: `${app.name}: its own ${dockerfile}`,
    why:
      `Found ${dockerfile}: compose.yaml builds with it${context}, and the generated one is shown as a diff; overwrite replaces it.` +
      (findings > 0 ? ` Lint finds ${findings} issue(s); dockerfile_fix applies the safe fixes.` : ''),
  };
}
