import type { DockerEngine } from '../engine/types.js';
import type { PatternStore } from '../patterns/index.js';
import type { Workspace } from '../workspace.js';

export interface ResourceContext {
  engine: DockerEngine;
  workspace: Workspace;
  patterns(): Promise<PatternStore>;
}

/** A family of resources under one URI template such as `dockwright://rules/{code}`. */
export interface ResourceTemplateDefinition {
  name: string;
  title: string;
  description: string;
  uriTemplate: string;
  mimeType: string;
  /** The single variable in the template, and how to complete it. */
  variable: string;
  complete(ctx: ResourceContext, typed: string): Promise<string[]>;
  /** Concrete resources to show in resources/list (bounded); none when listing is costly. */
  list?(ctx: ResourceContext): Promise<{ uri: string; name: string; description?: string }[]>;
  read(ctx: ResourceContext, value: string): Promise<string>;
}

export function defineResourceTemplate(definition: ResourceTemplateDefinition): ResourceTemplateDefinition {
  return definition;
}
