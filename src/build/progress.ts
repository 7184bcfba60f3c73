import type { BuildEvent, TraceVertex } from '../engine/build-types.js';

const LOG_TAIL_CHARS = 8192;
const CLASSIC_STEP = /^Step (\d+)\/(\d+) : (.*)$/;
const DOCKERFILE_STEP = /^\[[^\]]*\d+\/\d+\] /;

export interface BuildStep {
  name: string;
  cached: boolean;
  started?: number;
  completed?: number;
  error?: string;
  /** The step's last output, secrets masked. */
  output: string;
}

export interface ProgressUpdate {
  progress: number;
  total: number;
  step: string;
}

/**
 * Folds the engine's build events into steps and reports progress: completed steps count
 * one, running steps one half, over the steps known so far. Updates only ever increase.
 */
export class BuildProgress {
  readonly steps = new Map<string, BuildStep>();
  readonly warnings: string[] = [];
  private classicOutput = '';
  private classicStep = { index: 0, total: 0, name: '' };
  private lastReported = -1;

  constructor(
    private readonly onUpdate: (update: ProgressUpdate) => void,
    private readonly redact: (text: string) => string,
  ) {}

  handle(event: BuildEvent): void {
    if (event.type === 'vertex') this.updateVertex(event.vertex);
    else if (event.type === 'log') this.appendLog(event.log.vertex, event.log.text);
    else if (event.type === 'warning') this.warnings.push(this.redact(event.message).trim());
    else this.appendClassic(event.text);
  }

  private updateVertex(vertex: TraceVertex): void {
    const step = this.steps.get(vertex.digest) ?? { name: '', cached: false, output: '' };
    step.name = this.redact(vertex.name) || step.name;
    step.cached ||= vertex.cached;
    step.started ??= vertex.started;
    step.completed ??= vertex.completed;
    if (vertex.error) step.error = this.redact(vertex.error);
    this.steps.set(vertex.digest, step);
    this.report(step.name);
  }

  private appendLog(digest: string, text: string): void {
    const step = this.steps.get(digest);
    if (!step) return;
    step.output = this.redact(step.output + text).slice(-LOG_TAIL_CHARS);
  }

  private appendClassic(text: string): void {
    this.classicOutput = this.redact(this.classicOutput + text).slice(-LOG_TAIL_CHARS);
    const match = CLASSIC_STEP.exec(text.trim());
    if (!match) return;
    this.classicStep = { index: Number(match[1]), total: Number(match[2]), name: this.redact(match[3]) };
    this.steps.set(`classic-${match[1]}`, { name: this.classicStep.name, cached: false, output: '' });
    this.report(this.classicStep.name);
  }

  private report(stepName: string): void {
    const { progress, total } = this.measure();
    if (progress <= this.lastReported) return;
    this.lastReported = progress;
    this.onUpdate({ progress, total, step: stepName });
  }

  private measure(): { progress: number; total: number } {
    if (this.classicStep.total > 0) {
      return { progress: this.classicStep.index - 1, total: this.classicStep.total };
    }
    let progress = 0;
    for (const step of this.steps.values()) {
      if (step.completed) progress += 1;
      else if (step.started) progress += 0.5;
    }
    return { progress, total: this.steps.size };
  }

  /** The Dockerfile's own steps (`[stage n/m] ...`), leaving out BuildKit's bookkeeping. */
  summary(): { total: number; cached: number } {
    const all = [...this.steps.values()];
    const dockerfileSteps = all.filter((step) => DOCKERFILE_STEP.test(step.name));
    const visible = dockerfileSteps.length
      ? dockerfileSteps
      : all.filter((step) => !step.name.startsWith('[internal]'));
    return { total: visible.length, cached: visible.filter((step) => step.cached).length };
  }

  /** The step that failed and the tail of its output (or the classic builder's output). */
  failingStep(): { name: string; error?: string; output: string } | undefined {
    const failed = [...this.steps.values()].find(
      (step) => step.error && !step.error.includes('context canceled'),
    );
    if (failed) return { name: failed.name, error: failed.error, output: failed.output };
    if (this.classicStep.total > 0) return { name: this.classicStep.name, output: this.classicOutput };
    return undefined;
  }
}
