import path from 'node:path';
import { defaultLintConfig, loadLintConfig } from '../../dockerfile/lint/config.js';
import { readDockerfile } from '../../dockerfile/lint/read-dockerfile.js';
import type { LintConfig } from '../../dockerfile/lint/types.js';
import { ToolError } from '../../errors.js';
import type { Workspace } from '../../workspace.js';

export interface LintToolInput {
  file?: string;
  content?: string;
  ignore: string[];
}

export interface LintSource {
  /** The resolved file inside the workspace, when a file was given. */
  file?: string;
  text: string;
  config: LintConfig;
}

/**
 * The Dockerfile a lint or fix tool works on: a workspace file or inline content, with the
 * .hadolint.yaml beside the file (or at the workspace root) and the call's extra ignores.
 */
export async function readLintSource(
  workspace: Workspace,
  input: LintToolInput,
  purpose: string,
): Promise<LintSource> {
  if ((input.file === undefined) === (input.content === undefined)) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      'Give exactly one of file or content.',
      'Pass file: "Dockerfile" or content: "FROM ...".',
    );
  }
  const file = input.file !== undefined ? workspace.resolve(input.file, purpose) : undefined;
  const configDir = file ? path.dirname(file) : workspace.primary;
  const config = (await loadLintConfig(configDir)) ?? defaultLintConfig();
  config.ignored = [...config.ignored, ...input.ignore];
  const text = file ? await readDockerfile(file) : (input.content ?? '');
  return { file, text, config };
}
