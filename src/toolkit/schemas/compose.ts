import path from 'node:path';
import { z } from 'zod';
import { composeEnvironment, ENGINE_VARIABLES } from '../../compose/environment.js';
import type { LoadOptions } from '../../compose/load.js';
import { loadValidProject } from '../../compose/orchestration.js';
import { enforceComposePolicy } from '../../compose/policy.js';
import { existingVolumeViolations } from '../../compose/policy-existing-volumes.js';
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
  ctx: Pick<ToolContext, 'workspace' | 'policy'>,
  input: { dir: string; files?: string[]; projectName?: string; profiles?: string[] },
): LoadOptions {
  const { workspace } = ctx;
  const workingDir = workspace.resolve(input.dir, 'read the compose project in');
  return {
    workingDir,
    files: input.files?.map((file) => workspace.resolve(path.resolve(workingDir, file), 'read')),
    projectName: input.projectName,
    profiles: input.profiles,
    env: composeEnvironment(ctx.policy.allowEnv),
    reservedDotenvNames: ENGINE_VARIABLES,
    allowRead: (file) => workspace.resolve(file, 'read'),
  };
}

/** The project name given, or the one the project folder's compose file implies. */
export async function projectNameFrom(
  ctx: Pick<ToolContext, 'workspace' | 'policy'>,
  input: { dir: string; files?: string[]; projectName?: string; profiles?: string[] },
): Promise<string> {
  if (input.projectName) return input.projectName;
  const { loadProject } = await import('../../compose/load.js');
  const { project } = await loadProject(loadOptionsFrom(ctx, input));
  return project.name;
}

/**
 * The project a tool is about to start: loaded from the workspace, validated, and passed
 * through the same run policy as container_run (privileged, socket, host namespaces, binds).
 * `swarm`: docker stack deploy takes relative paths from the first file's folder, not from
 * a project folder, so the model is resolved (and checked) from there.
 */
export async function loadProjectToRun(
  ctx: Pick<ToolContext, 'workspace' | 'policy' | 'engine'>,
  input: { dir: string; files?: string[]; projectName?: string; profiles?: string[]; stack?: string },
  { swarm = false } = {},
) {
  const options = loadOptionsFrom(ctx, input);
  if (swarm && options.files?.length) options.workingDir = path.dirname(options.files[0]);
  const project = await loadValidProject(options);
  const prefix = (swarm && input.stack) || project.name;
  const existing = await existingVolumeViolations(
    project,
    prefix,
    ctx.engine,
    ctx.policy.allow,
    ctx.workspace,
  );
  enforceComposePolicy(project, ctx.policy.allow, ctx.workspace, existing);
  return { options, project };
}
