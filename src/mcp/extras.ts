import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CompleteRequestSchema,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  McpError,
  ErrorCode as McpErrorCode,
  ReadResourceRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { ToolError } from '../errors.js';
import type { PromptDefinition } from '../toolkit/prompt.js';
import type { ResourceContext, ResourceTemplateDefinition } from '../toolkit/resource.js';
import type { ServerConfig } from './config.js';

// Prompts and resources pull in the linter and other domain code: loaded on first use.
const loadPrompts = async (): Promise<PromptDefinition[]> =>
  (await import('../../prompts/index.js')).allPrompts;
const loadTemplates = async (): Promise<ResourceTemplateDefinition[]> =>
  (await import('../../resources/index.js')).resourceTemplates;

const MAX_COMPLETIONS = 100;

function matchTemplate(
  resourceTemplates: ResourceTemplateDefinition[],
  uri: string,
): { template: ResourceTemplateDefinition; value: string } | undefined {
  for (const template of resourceTemplates) {
    const prefix = template.uriTemplate.slice(0, template.uriTemplate.indexOf('{'));
    if (uri.startsWith(prefix) && uri.length > prefix.length) {
      return { template, value: decodeURIComponent(uri.slice(prefix.length)) };
    }
  }
  return undefined;
}

function completion(values: string[]) {
  return {
    completion: {
      values: values.slice(0, MAX_COMPLETIONS),
      total: values.length,
      hasMore: values.length > MAX_COMPLETIONS,
    },
  };
}

/** Prompts, resources and argument completion. */
export function registerPromptsAndResources(
  server: Server,
  context: () => ResourceContext,
  _config: ServerConfig,
) {
  server.setRequestHandler(ListPromptsRequestSchema, async () => ({
    prompts: (await loadPrompts()).map((p) => ({
      name: p.name,
      title: p.title,
      description: p.description,
      arguments: p.arguments.map((a) => ({
        name: a.name,
        description: a.description,
        required: a.required ?? false,
      })),
    })),
  }));

  server.setRequestHandler(GetPromptRequestSchema, async (request) => {
    const prompt = (await loadPrompts()).find((p) => p.name === request.params.name);
    if (!prompt)
      throw new McpError(McpErrorCode.InvalidParams, `Prompt "${request.params.name}" does not exist.`);
    const args = request.params.arguments ?? {};
    const missing = prompt.arguments.filter((a) => a.required && !args[a.name]).map((a) => a.name);
    if (missing.length) {
      throw new McpError(McpErrorCode.InvalidParams, `Prompt "${prompt.name}" needs: ${missing.join(', ')}.`);
    }
    const valid = prompt.arguments.map((a) => a.name);
    const unknown = Object.keys(args).filter((name) => !valid.includes(name));
    if (unknown.length) {
      throw new McpError(
        McpErrorCode.InvalidParams,
        `Prompt "${prompt.name}" does not take ${unknown.join(', ')}; its arguments are: ${valid.join(', ')}.`,
      );
    }
    return {
      description: prompt.description,
      messages: [{ role: 'user' as const, content: { type: 'text' as const, text: prompt.render(args) } }],
    };
  });

  server.setRequestHandler(ListResourceTemplatesRequestSchema, async () => ({
    resourceTemplates: (await loadTemplates()).map((t) => ({
      uriTemplate: t.uriTemplate,
      name: t.name,
      title: t.title,
      description: t.description,
      mimeType: t.mimeType,
    })),
  }));

  server.setRequestHandler(ListResourcesRequestSchema, async () => {
    const lists = await Promise.all(
      (await loadTemplates()).map(async (t) =>
        t.list ? (await t.list(context()).catch(() => [])).map((r) => ({ ...r, mimeType: t.mimeType })) : [],
      ),
    );
    return { resources: lists.flat() };
  });

  server.setRequestHandler(ReadResourceRequestSchema, async (request) => {
    const match = matchTemplate(await loadTemplates(), request.params.uri);
    if (!match) {
      throw new McpError(
        McpErrorCode.InvalidParams,
        `No resource at "${request.params.uri}"; see resources/templates/list.`,
      );
    }
    try {
      const text = await match.template.read(context(), match.value);
      return { contents: [{ uri: request.params.uri, mimeType: match.template.mimeType, text }] };
    } catch (error) {
      if (error instanceof ToolError) throw new McpError(McpErrorCode.InvalidParams, error.toText());
      throw error;
    }
  });

  server.setRequestHandler(CompleteRequestSchema, async (request) => {
    const { ref, argument } = request.params;
    if (ref.type === 'ref/prompt') {
      const arg = (await loadPrompts())
        .find((p) => p.name === ref.name)
        ?.arguments.find((a) => a.name === argument.name);
      return completion(arg?.complete ? await arg.complete(context(), argument.value).catch(() => []) : []);
    }
    const template = (await loadTemplates()).find((t) => t.uriTemplate === ref.uri);
    if (!template || template.variable !== argument.name) return completion([]);
    return completion(await template.complete(context(), argument.value).catch(() => []));
  });
}
