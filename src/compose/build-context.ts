import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ComposeFinding, ComposeModel } from './model.js';
import { locate, type SourceMap } from './yaml-source.js';

const REMOTE_CONTEXT = /^(https?:\/\/|git@|git:\/\/|github\.com\/)/;

/** A local build context that does not exist makes every build fail, so it is a validation error. */
export function checkBuildContexts(
  model: ComposeModel,
  workingDir: string,
  sourceMap: SourceMap,
): ComposeFinding[] {
  const findings: ComposeFinding[] = [];
  for (const [name, service] of Object.entries(model.services)) {
    const context = service.build?.context;
    if (!context || REMOTE_CONTEXT.test(context) || existsSync(path.resolve(workingDir, context))) continue;
    const at = `services.${name}.build`;
    const where = locate(sourceMap, at);
    findings.push({
      code: 'reference',
      severity: 'error',
      path: at,
      message: `${at} context "${context}" does not exist`,
      file: where?.file,
      line: where?.line,
    });
  }
  return findings;
}
