import path from 'node:path';
import { z } from 'zod';
import type { LoadOptions } from '../../compose/load.js';
import { loadValidProject } from '../../compose/orchestration.js';
import { enforceComposePolicy } from '../../compose/policy.js';
import type { Workspace } from '../../workspace.js';
import type { ToolContext } from '../context.js';

/** The fields every compose tool uses to find its project. */
export const composeProjectFields = {
  dir: z.string().default('.'),
  files: z.array(z.string()).max(10).optional(),
  projectName: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/)
    .optional(),
  profiles: z.array(z.string()).max(20).optional(),
};

/** Turns tool input into loader options, resolving every path inside the workspace. */
export function loadOptionsFrom(
  workspace: Workspace,
  input: { dir: string; files?: string[]; projectName?: string; profiles?: string[] },
): LoadOptions {
  const workingDir = workspace.resolve(input.dir, 'read the compose project in');
  return {
    workingDir,
    files: input.files?.map((file) => workspace.resolve(path.resolve(workingDir, file), 'read')),
    projectName: input.projectName,
    profiles: input.profiles,
    env: process.env,
    allowRead: (file) => workspace.resolve(file, 'read'),
  };
}

/** The project name given, or the one the project folder's compose file implies. */
export async function projectNameFrom(
  workspace: Workspace,
  input: { dir: string; files?: string[]; projectName?: string; profiles?: string[] },
): Promise<string> {
  if (input.projectName) return input.projectName;
  const { loadProject } = await import('../../compose/load.js');
  const { project } = await loadProject(loadOptionsFrom(workspace, input));
  return project.name;
}

/**
 * The project a tool is about to start: loaded from the workspace, validated, and passed
 * through the same run policy as container_run (privileged, socket, host namespaces, binds).
 */
export async function loadProjectToRun(
  ctx: Pick<ToolContext, 'workspace' | 'policy'>,
  input: { dir: string; files?: string[]; projectName?: string; profiles?: string[] },
) {
  const options = loadOptionsFrom(ctx.workspace, input);
  const project = await loadValidProject(options);
  enforceComposePolicy(project.model, project.workingDir, ctx.policy.allow, ctx.workspace);
  return { options, project };
}
