import { baseImagesOf } from './base-images.js';
import { buildRunAndCheck } from './build-and-check.js';
import { cleanUp, type Leftovers } from './cleanup.js';
import { describeFailure } from './failure.js';
import type { ContainerizeContext, ContainerizeOptions, ContainerizeReport, StageName } from './model.js';
import { type Prepared, prepare } from './prepare.js';
import { recordContainerized } from './record.js';
import { StageFailure, StageRunner } from './stages.js';

const AFTER_PREPARE: StageName[] = ['build', 'run', 'verify', 'scan', 'assess', 'record'];

/**
 * The whole loop on one project: detect, generate, lint with safe fixes, write (with consent),
 * build, run, verify, scan, assess, record. A failing stage ends it with the evidence; nothing
 * it created is left behind on failure or cancellation except what the caller asked to keep.
 */
export async function containerize(
  ctx: ContainerizeContext,
  options: ContainerizeOptions,
): Promise<ContainerizeReport> {
  const stages = new StageRunner(ctx);
  const report: ContainerizeReport = {
    ok: false,
    dryRun: options.dryRun,
    dir: options.dir,
    stack: '',
    stages: stages.records,
    files: [],
    lint: { fixed: [], remaining: [] },
    baseImages: [],
    checks: { passed: [], failed: [] },
  };
  const leftovers: Leftovers = { created: [] };
  let prepared: Prepared | undefined;
  try {
    prepared = await prepare(ctx, options, stages);
    describePlan(ctx, prepared, report);
    leftovers.created = prepared.created;
    if (options.dryRun) {
      for (const name of AFTER_PREPARE) stages.skip(name, 'dry run');
      report.ok = true;
      return report;
    }
    await buildRunAndCheck(ctx, options, prepared, stages, report, leftovers);
    if (report.failure) stages.skipRemaining(`not run: ${report.failure.stage} failed`);
    return report;
  } catch (error) {
    if (!(error instanceof StageFailure)) throw error;
    report.failure = describeFailure(error);
    report.checks.failed.push(`${error.stage}: ${error.message.split('\n')[0]}`);
    // A Dockerfile that no longer builds is demoted if the memory holds it.
    if (prepared && error.stage === 'build')
      report.pattern = await recordContainerized(ctx, { prepared, failedStage: 'build', checksPassed: [] });
    stages.skipRemaining(`not run: ${error.stage} failed`);
    return report;
  } finally {
    const { imageRemoved } = await cleanUp(ctx, leftovers, {
      ok: report.ok,
      cancelled: ctx.signal.aborted,
      keep: options.keepRunning,
    });
    if (report.image && imageRemoved) report.image.kept = false;
  }
}

function describePlan(ctx: ContainerizeContext, prepared: Prepared, report: ContainerizeReport): void {
  const { plan, generated } = prepared;
  report.dir = ctx.workspace.display(prepared.projectDir);
  report.stack = `${plan.language.value}${plan.framework ? ` (${plan.framework.value})` : ''}, ${plan.appKind.value}`;
  report.files = prepared.files;
  report.lint = prepared.lint;
  report.baseImages = baseImagesOf(prepared.dockerfile).images;
  report.port = generated.port;
  report.healthRoute = generated.port ? (plan.healthPath?.value ?? '/') : undefined;
  const lintProblems = prepared.lint.remaining.filter((line) => /^(error|warning) /.test(line));
  if (lintProblems.length) report.checks.failed.push(`lint: ${lintProblems.length} error/warning finding(s)`);
  else report.checks.passed.push('lint: no errors or warnings');
}
