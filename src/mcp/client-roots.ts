import { fileURLToPath } from 'node:url';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { ListRootsResult } from '@modelcontextprotocol/sdk/types.js';
import { isWithin, Workspace } from '../workspace.js';

const ROOTS_TIMEOUT_MS = 10_000;

/**
 * The workspace a client's declared roots lead to. Security: when `narrow` is set (HTTP
 * clients, or an explicit --workspace), a client can only narrow the server's workspace,
 * never widen it: each root is intersected with the server's roots (a client's `file:///`
 * becomes the server's root) and a root outside every one of them is dropped.
 * Returns undefined when nothing is left, so the server's own workspace stays.
 */
export function workspaceForClientRoots(
  clientPaths: string[],
  server: Workspace,
  narrow: boolean,
): Workspace | undefined {
  if (!clientPaths.length) return undefined;
  const client = new Workspace(clientPaths);
  if (!narrow) return client;
  const kept = new Set<string>();
  for (const declared of client.roots) {
    for (const own of server.roots) {
      if (isWithin(own, declared)) kept.add(declared);
      else if (isWithin(declared, own)) kept.add(own);
    }
  }
  return kept.size ? new Workspace([...kept]) : undefined;
}

/**
 * The workspace of one connection, following the client's roots. They are asked for once
 * the client is initialized and again when it says they changed; a tool call that finds
 * them unknown asks over its own request (over HTTP a server request sent before the client
 * opened its stream is lost), once.
 */
export class RootsWorkspace {
  current: Workspace;
  private known = false;

  constructor(
    private readonly server: Server,
    private readonly configured: Workspace,
    private readonly narrow: boolean,
  ) {
    this.current = configured;
  }

  private get clientHasRoots(): boolean {
    return Boolean(this.server.getClientCapabilities()?.roots);
  }

  /** Asks the client for its roots; a client that fails to list them keeps the current workspace. */
  async refresh(ask: () => Promise<ListRootsResult> = () => this.server.listRoots()): Promise<void> {
    if (!this.clientHasRoots) return;
    const { roots } = await ask();
    this.known = true;
    const paths = roots.filter((r) => r.uri.startsWith('file://')).map((r) => fileURLToPath(r.uri));
    const narrowed = workspaceForClientRoots(paths, this.configured, this.narrow);
    this.current = narrowed ?? this.configured;
    if (!narrowed && paths.length) {
      const message = `The client's roots (${paths.join(', ')}) are outside the server's workspace (${this.configured.roots.join(', ')}); keeping the server's.`;
      void this.server.sendLoggingMessage({ level: 'warning', data: message }).catch(() => {});
    }
  }

  /** Before a tool call: the roots if nothing has answered yet (asked once, then the current workspace stays). */
  async ensure(ask: (timeoutMs: number) => Promise<ListRootsResult>): Promise<Workspace> {
    if (!this.known && this.clientHasRoots) {
      this.known = true;
      await this.refresh(() => ask(ROOTS_TIMEOUT_MS)).catch(() => {});
    }
    return this.current;
  }

  changed(): void {
    this.known = false;
    void this.refresh().catch(() => {});
  }
}
