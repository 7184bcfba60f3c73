/** CPU milliseconds `work` took on this process, not wall time: other workers share the machine's cores. */
export function cpuMillis(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
