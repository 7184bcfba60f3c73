/** `services:\n  NAME:\n    image: …` plus extra service lines, for one-line rule cases. */
export function service(lines: string, name = 'app'): string {
  const body = lines
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return `services:\n  ${name}:\n${body}\n`;
}
