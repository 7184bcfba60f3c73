import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CorpusApp } from './corpus.js';

/** railpack.json keys that change what the image holds or runs. */
const DEPLOY_KEYS = ['packages', 'buildAptPackages'] as const;
const DEPLOY_SECTION_KEYS = ['startCommand', 'aptPackages'] as const;

/** test.json variables that configure Railpack's build; RAILPACK_PRUNE_DEPS only trims dependencies. */
const RAILPACK_VARIABLE = /^RAILPACK_(?!PRUNE_DEPS$)/;

const stripComments = (text: string) =>
  text.replace(
    /("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g,
    (_m, str: string | undefined) => str ?? '',
  );

/**
 * Where an app's checks depend on Railpack's own configuration (railpack.json, RAILPACK_*
 * variables, a Caddyfile written as a Railpack template), which a Dockerfile generator does not
 * read: the reason, or undefined. Only used to label failures; it never turns one into a pass.
 */
export function railpackConfiguration(app: CorpusApp): string | undefined {
  const reasons: string[] = [];
  const configFile = path.join(app.dir, 'railpack.json');
  if (existsSync(configFile)) {
    const config = JSON.parse(stripComments(readFileSync(configFile, 'utf8'))) as Record<string, unknown> & {
      deploy?: Record<string, unknown>;
    };
    const keys = [
      ...DEPLOY_KEYS.filter((key) => config[key] !== undefined),
      ...DEPLOY_SECTION_KEYS.filter((key) => config.deploy?.[key] !== undefined).map(
        (key) => `deploy.${key}`,
      ),
    ];
    if (keys.length > 0) reasons.push(`railpack.json sets ${keys.join(', ')}`);
  }
  const variables = app.checks
    .flatMap((check) => Object.keys(check.envs ?? {}))
    .filter((key) => RAILPACK_VARIABLE.test(key));
  if (variables.length > 0) reasons.push(`test.json sets ${[...new Set(variables)].join(', ')}`);
  const caddyfile = path.join(app.dir, 'Caddyfile');
  if (existsSync(caddyfile) && readFileSync(caddyfile, 'utf8').includes('{{.'))
    reasons.push('its Caddyfile is a Railpack template ({{.DIST_DIR}})');
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}
