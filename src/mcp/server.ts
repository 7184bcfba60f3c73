import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  type CallToolResult,
  ElicitResultSchema,
  ListRootsResultSchema,
  ListToolsRequestSchema,
  RootsListChangedNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import { connectEngine, lazyEngine } from '../engine/index.js';
import { withObjectKinds } from '../engine/object-kinds.js';
import { errorMessage, ToolError } from '../errors.js';
import type { PatternStore } from '../patterns/index.js';
import { isSecretName, MASK } from '../security/secrets.js';
import type { LogLevel, ToolContext } from '../toolkit/context.js';
import { withToolHint } from '../toolkit/engine-hints.js';
import { MeasuredImages } from '../toolkit/measured-images.js';
import { resultText } from '../toolkit/result-text.js';
import { type AnyTool, isToolEnabled } from '../toolkit/tool.js';
import { VERSION } from '../version.js';
import { Workspace } from '../workspace.js';
import { RootsWorkspace } from './client-roots.js';
import { policyOf, type ServerConfig } from './config.js';
import { confirmAction } from './confirm.js';
import { registerPromptsAndResources } from './extras.js';
import { SERVER_INSTRUCTIONS } from './instructions.js';
import { unknownNestedKeys, unknownNestedKeysError } from './nested-arguments.js';
import { listAllTools, loadAllTools, offeredEntry } from './tool-listing.js';

/** How long a person may take to answer a confirmation question. */
const USER_ANSWER_TIMEOUT_MS = 10 * 60_000;

function formatZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(arguments)'}: ${issue.message}`)
    .join('; ');
}

function errorResult(error: ToolError): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: `[${error.code}] ${error.toText()}` }] };
}

/** Builds the MCP server for one client connection. */
export function createServer(config: ServerConfig): Server {
  const server = new Server(
    { name: 'dockwright', title: 'dockwright', version: VERSION },
    {
      capabilities: { tools: {}, logging: {}, prompts: {}, resources: {}, completions: {} },
      instructions: SERVER_INSTRUCTIONS,
    },
  );
  let definitions: Promise<{ all: AnyTool[]; catalog: typeof import('./catalog.js') }> | undefined;
  const loadDefinitions = () => {
    definitions ??= Promise.all([loadAllTools(), import('./catalog.js')]).then(([all, catalog]) => ({
      all,
      catalog,
    }));
    return definitions;
  };
  const engine = withObjectKinds(
    config.engine ?? lazyEngine(() => connectEngine(process.env, config.engineTimeoutSeconds)),
  );
  const measured = new MeasuredImages();
  let openStore: (() => Promise<PatternStore>) | undefined;
  const patterns = async () => {
    openStore ??= (await import('../patterns/open.js')).lazyPatternStore();
    return openStore();
  };
  const roots = new RootsWorkspace(
    server,
    new Workspace(config.workspace),
    config.narrowClientRoots ?? false,
  );
  server.oninitialized = () => void roots.refresh().catch(() => {});
  server.setNotificationHandler(RootsListChangedNotificationSchema, async () => roots.changed());

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: (await listAllTools())
      .filter((listed) => isToolEnabled(config, listed))
      .map((listed) => offeredEntry(listed, config.allow.confirmArgument)),
  }));

  server.setRequestHandler(CallToolRequestSchema, async (request, extra): Promise<CallToolResult> => {
    const { all, catalog } = await loadDefinitions();
    const known = all.find((candidate) => candidate.name === request.params.name);
    const tool = known && isToolEnabled(config, known) ? known : undefined;
    if (!tool) {
      const reason = known ? 'is disabled by this server configuration' : 'does not exist';
      return errorResult(
        new ToolError(
          'NOT_FOUND',
          `Tool "${request.params.name}" ${reason}.`,
          'See tools/list for what is offered.',
        ),
      );
    }
    const schema = catalog.inputSchemaOf(tool);
    const unknown = catalog.unknownArguments(schema, request.params.arguments ?? {});
    if (unknown.length) return errorResult(catalog.unknownArgumentsError(tool.name, unknown, schema));
    const nested = unknownNestedKeys(schema, request.params.arguments ?? {});
    if (nested.length) return errorResult(unknownNestedKeysError(tool.name, nested));
    const parsed = schema.safeParse(request.params.arguments ?? {});
    if (!parsed.success) {
      return errorResult(
        new ToolError(
          'INVALID_ARGUMENT',
          `Invalid arguments for ${tool.name}: ${formatZodError(parsed.error)}.`,
          'Correct the arguments as the tool schema describes.',
        ),
      );
    }
    const args = parsed.data as Record<string, unknown>;
    const progressToken = request.params._meta?.progressToken;
    const ctx: ToolContext = {
      engine,
      workspace: await roots.ensure((timeout) =>
        extra.sendRequest({ method: 'roots/list' }, ListRootsResultSchema, { timeout }),
      ),
      patterns,
      measured,
      policy: policyOf(config),
      signal: extra.signal,
      progress(progress, total, message) {
        if (progressToken === undefined || extra.signal.aborted) return;
        void extra
          .sendNotification({
            method: 'notifications/progress',
            params: { progressToken, progress, total, message },
          })
          .catch(() => {});
      },
      log(level: LogLevel, message: string) {
        void server.sendLoggingMessage({ level, logger: tool.name, data: message }).catch(() => {});
      },
      confirm: (action) =>
        confirmAction(action, {
          canAsk: Boolean(server.getClientCapabilities()?.elicitation),
          ask: (params) =>
            extra.sendRequest({ method: 'elicitation/create', params }, ElicitResultSchema, {
              timeout: USER_ANSWER_TIMEOUT_MS,
              signal: extra.signal,
            }),
          confirmedByArgument: args.confirm === true,
          argumentAllowed: config.allow.confirmArgument,
        }),
    };
    try {
      if (tool.kind === 'destructive')
        await ctx.confirm(tool.describeAction?.(args) ?? `${tool.title}: ${describeArgs(args)}`);
      const output = tool.output.parse(await tool.handle(ctx, args));
      return {
        content: [{ type: 'text', text: resultText(tool.summary(output), output, tool.textFirst) }],
        structuredContent: output as Record<string, unknown>,
      };
    } catch (error) {
      if (error instanceof ToolError) return errorResult(withToolHint(error));
      if (extra.signal.aborted) return errorResult(new ToolError('CANCELLED', `${tool.name} was cancelled.`));
      ctx.log('error', `${tool.name} failed: ${errorMessage(error)}`);
      return errorResult(
        new ToolError(
          'INTERNAL',
          `${tool.name} failed unexpectedly: ${errorMessage(error)}`,
          'This is a dockwright bug; report it with the arguments used.',
        ),
      );
    }
  });

  registerPromptsAndResources(server, () => ({ engine, workspace: roots.current, patterns }), config);
  return server;
}

/** The arguments as the confirmation question shows them. Security: secret-named values are masked. */
function describeArgs(args: Record<string, unknown>): string {
  const { confirm: _confirm, ...rest } = args;
  const text = JSON.stringify(rest, (key, value) => (key && isSecretName(key) ? MASK : value));
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
