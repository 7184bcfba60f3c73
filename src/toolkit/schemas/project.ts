import { z } from 'zod';
import { detectProject } from '../../project/detect.js';
import type { ProjectPlan } from '../../project/types.js';
import type { Workspace } from '../../workspace.js';

const fact = <T extends z.ZodType>(value: T) =>
  z.object({ value, source: z.string().describe('The file (and field) this came from, or "default: why".') });

/** The detected plan as tools return it. */
export const planSchema = z.object({
  dir: z.string().describe('The analysed directory, relative to the workspace root.'),
  appDir: fact(z.string()),
  language: fact(z.string()),
  framework: fact(z.string()).optional(),
  packageManager: fact(z.string()).optional(),
  packageManagerVersion: fact(z.string()).optional(),
  lockfile: z.string().optional(),
  manifests: z.array(z.string()),
  runtimeVersion: fact(z.string()).optional(),
  buildCommand: fact(z.string()).optional(),
  startCommand: fact(z.string()).optional(),
  entry: fact(z.string()).optional(),
  outputDir: fact(z.string()).optional(),
  port: fact(z.number()).optional(),
  appKind: fact(z.string()),
  services: z.array(z.object({ name: z.string(), dependency: z.string(), source: z.string() })),
  conflicts: z.array(z.string()),
  notes: z.array(z.string()),
});

/** The project directory (and monorepo app) that detection and generation work on. */
export const projectDirFields = {
  dir: z.string().default('.'),
  appDir: z.string().optional().describe('Monorepo app in dir (default: found).'),
};

export function planOutput(plan: ProjectPlan, workspace: Workspace): z.input<typeof planSchema> {
  const { root, productionDependencies: _count, ...facts } = plan;
  return { dir: workspace.display(root), ...facts };
}

/** Resolves `dir` inside the workspace, then detects; `appDir` must stay inside too. */
export function detectInWorkspace(workspace: Workspace, dir: string, appDir?: string): ProjectPlan {
  const root = workspace.resolve(dir, 'read');
  if (appDir) workspace.resolve(`${root}/${appDir}`, 'read');
  return detectProject(root, { appDir });
}
