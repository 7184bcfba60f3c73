import type { ProgressUpdate } from '../build/progress.js';
import type { BuildResult } from '../build/run.js';
import type { ImageAnalysis } from '../image/analyze.js';
import { formatMegabytes } from '../units.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/**
 * Shows build progress: on a terminal one status line redrawn in place (with a running
 * clock), elsewhere (CI logs, pipes) one plain line per step.
 */
export function progressDisplay(stream: NodeJS.WriteStream, started = Date.now()) {
  const tty = Boolean(stream.isTTY);
  let last: ProgressUpdate | undefined;
  let lastPlainStep = '';
  const width = () => Math.max(40, (stream.columns ?? 100) - 1);
  const draw = () => {
    if (!last) return;
    const line = `[${last.progress.toFixed(1).replace(/\.0$/, '')}/${last.total}] ${seconds(Date.now() - started)} ${last.step}`;
    stream.write(`\r\x1b[K${line.slice(0, width())}`);
  };
  const clock = tty ? setInterval(draw, 250) : undefined;
  return {
    update(update: ProgressUpdate) {
      last = update;
      if (tty) draw();
      else if (update.step !== lastPlainStep) {
        lastPlainStep = update.step;
        stream.write(
          `#${Math.ceil(update.progress)}/${update.total} ${seconds(Date.now() - started)} ${update.step}\n`,
        );
      }
    },
    stop() {
      if (clock) clearInterval(clock);
      if (tty && last) stream.write('\r\x1b[K');
    },
  };
}

export function describeBuild(result: BuildResult): string {
  const lines = [
    `Built ${result.tags.join(', ') || result.imageId} in ${seconds(result.durationMs)} with ${result.builder}`,
    `  image   ${result.imageId}`,
    `  size    ${formatMegabytes(result.sizeBytes)}`,
    `  steps   ${result.steps.total} (${result.steps.cached} cached)`,
    `  context ${result.contextFiles} files, ${formatMegabytes(result.contextBytes)}`,
  ];
  for (const warning of result.warnings) lines.push(`  warning: ${warning}`);
  return lines.join('\n');
}

export function describeAnalysis(analysis: ImageAnalysis): string {
  const lines = [
    analysis.conclusion,
    '',
    `${analysis.image} (${analysis.os ?? '?'}/${analysis.architecture ?? '?'}): ${formatMegabytes(analysis.totalBytes)} in ${analysis.layers.length} layers, ` +
      `${formatMegabytes(analysis.wastedBytes)} wasted, efficiency ${(analysis.efficiency * 100).toFixed(1)}%`,
    '',
    'Layers:',
    ...analysis.layers.map(
      (layer) =>
        `  ${String(layer.index).padStart(3)} ${formatMegabytes(layer.sizeBytes).padStart(10)}  ${layer.instruction.slice(0, 100)}`,
    ),
  ];
  if (analysis.savings.length) {
    lines.push('', 'Could come out (largest first):');
    for (const saving of analysis.savings)
      lines.push(
        `  ${formatMegabytes(saving.bytes).padStart(10)}${saving.estimate ? ' (estimate)' : ''}  ${saving.advice}`,
      );
  }
  if (analysis.wasted.length) {
    lines.push('', 'Wasted (overwritten or deleted later):');
    for (const item of analysis.wasted)
      lines.push(`  ${formatMegabytes(item.wastedBytes).padStart(10)}  /${item.path}`);
  }
  lines.push('', 'Largest files:');
  for (const file of analysis.largestFiles)
    lines.push(`  ${formatMegabytes(file.sizeBytes).padStart(10)}  /${file.path}`);
  const runtime = analysis.runtime;
  lines.push(
    '',
    `User: ${runtime.user}   Ports: ${runtime.exposedPorts.join(', ') || 'none'}   Healthcheck: ${runtime.healthcheck ? runtime.healthcheck.test.join(' ') : 'none'}`,
    `Entrypoint: ${JSON.stringify(runtime.entrypoint)}   Cmd: ${JSON.stringify(runtime.cmd)}`,
    `Env (names only): ${runtime.envNames.join(', ') || 'none'}`,
  );
  if (analysis.findings.length) {
    lines.push('', 'Findings:');
    for (const finding of analysis.findings) lines.push(`  - ${finding}`);
  }
  return lines.join('\n');
}
