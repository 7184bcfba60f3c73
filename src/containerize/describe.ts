import { formatMegabytes } from '../units.js';
import type { ContainerizeReport } from './model.js';

const seconds = (ms?: number) => (ms === undefined ? '?' : `${(ms / 1000).toFixed(1)} s`);

/** The report's first line: the plan, the failure and its next step, or the image and its figures. */
export function summarizeReport(out: ContainerizeReport): string {
  if (out.dryRun)
    return (
      `Plan for ${out.dir}: ${out.stack}; base ${out.baseImages.join(', ')}` +
      `${out.port ? `, port ${out.port}, health route ${out.healthRoute}` : ''}; nothing written or built.`
    );
  if (out.failure)
    return `FAILED at ${out.failure.stage} for ${out.dir} (${out.stack}). Next: ${out.failure.nextStep}`;
  const image = out.image;
  const share = image?.baseShare === undefined ? '' : ` (base ${Math.round(image.baseShare * 100)}%)`;
  return (
    `Containerized ${out.dir} (${out.stack}) as ${image?.tag}: ${image ? formatMegabytes(image.sizeBytes) : '?'}${share}, ` +
    `built in ${seconds(out.buildMs)}, ${out.verify?.detail} ${seconds(out.healthyMs)} after start; ` +
    `${out.checks.passed.length} checks passed, ${out.checks.failed.length} failed.`
  );
}
