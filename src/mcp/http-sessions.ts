/** What a session table needs of a transport. */
export interface Closable {
  close(): Promise<void>;
}

interface Entry<T> {
  transport: T;
  lastSeen: number;
  inFlight: number;
}

/**
 * Security: HTTP sessions are bounded. At most `max` live at once (a new one is refused
 * while full), and one that has had no call in flight for `idleMs` is closed: an open
 * stream of server messages (GET) alone does not keep a session alive.
 */
export class SessionTable<T extends Closable> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    readonly max: number,
    readonly idleMs: number,
  ) {
    this.sweeper = setInterval(() => this.closeIdle(), Math.min(Math.max(idleMs / 2, 250), 60_000));
    this.sweeper.unref();
  }

  get size(): number {
    return this.entries.size;
  }

  get full(): boolean {
    return this.entries.size >= this.max;
  }

  add(id: string, transport: T): void {
    this.entries.set(id, { transport, lastSeen: Date.now(), inFlight: 0 });
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  /** The session's transport; a call (`busy`) keeps it alive until `done` is called. */
  use(id: string, busy: boolean): { transport: T; done(): void } | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (!busy) return { transport: entry.transport, done: () => {} };
    entry.inFlight++;
    entry.lastSeen = Date.now();
    return {
      transport: entry.transport,
      done: () => {
        entry.inFlight--;
        entry.lastSeen = Date.now();
      },
    };
  }

  private closeIdle(): void {
    const now = Date.now();
    for (const [id, entry] of this.entries) {
      if (entry.inFlight === 0 && now - entry.lastSeen >= this.idleMs) {
        this.entries.delete(id);
        void entry.transport.close().catch(() => {});
      }
    }
  }

  async closeAll(): Promise<void> {
    clearInterval(this.sweeper);
    const all = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(all.map((entry) => entry.transport.close().catch(() => {})));
  }
}
