import { ToolError } from '../errors.js';
import { type ContainerizeContext, STAGES, type StageName, type StageRecord } from './model.js';

/** A stage that could not complete; the report names it with the reason and the next step. */
export class StageFailure extends Error {
  constructor(
    readonly stage: StageName,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** Runs the stages one by one: progress at each, its time, and what stopped it. */
export class StageRunner {
  readonly records: StageRecord[] = [];
  /** Progress only ever grows, though a build's step count does as it learns of more steps. */
  private reported = 0;

  constructor(private readonly ctx: Pick<ContainerizeContext, 'progress' | 'signal'>) {}

  /** Progress within a stage (a build step), as a fraction of that stage. */
  within(name: StageName, fraction: number, message: string): void {
    this.reported = Math.max(this.reported, STAGES.indexOf(name) + Math.min(Math.max(fraction, 0), 0.99));
    this.ctx.progress(this.reported, STAGES.length, message);
  }

  async run<T>(name: StageName, work: () => Promise<T>, note?: (value: T) => string | undefined): Promise<T> {
    if (this.ctx.signal.aborted) throw new ToolError('CANCELLED', `Cancelled before the ${name} stage.`);
    this.reported = STAGES.indexOf(name);
    this.ctx.progress(this.reported, STAGES.length, name);
    const started = Date.now();
    try {
      const value = await work();
      this.records.push({ name, status: 'passed', ms: Date.now() - started, note: note?.(value) });
      return value;
    } catch (error) {
      this.records.push({ name, status: 'failed', ms: Date.now() - started });
      if (this.ctx.signal.aborted || (error instanceof ToolError && error.code === 'CANCELLED')) throw error;
      throw new StageFailure(name, error);
    }
  }

  /** A stage that ran but did not pass (verification), so the report shows it failed. */
  fail(name: StageName): void {
    for (const record of this.records) if (record.name === name) record.status = 'failed';
  }

  skip(name: StageName, note: string): void {
    this.records.push({ name, status: 'skipped', ms: 0, note });
  }

  /** After a failure: every stage that did not run, in stage order, so the report shows the whole loop. */
  skipRemaining(note: string): void {
    for (const name of STAGES) if (!this.records.some((r) => r.name === name)) this.skip(name, note);
    this.records.sort((a, b) => STAGES.indexOf(a.name) - STAGES.indexOf(b.name));
  }
}
