/** Ctrl-C aborts the returned signal until `done` is called; the command then ends as cancelled. */
export function interruptible(): { signal: AbortSignal; done: () => void } {
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  return { signal: controller.signal, done: () => process.off('SIGINT', onInterrupt) };
}
