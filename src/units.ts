/** Sizes travel as bytes in structured output; text shows them as decimal megabytes. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
