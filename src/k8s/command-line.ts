/**
 * Splits a Compose string command into words as Compose does (POSIX shell quoting, no
 * expansion): `sh -c "echo hi"` → [sh, -c, echo hi].
 */
export function splitCommandLine(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"' && /["\\$`]/.test(line[i + 1] ?? '')) word += line[++i];
      else word += char;
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word ??= '';
      if (char === '"' || char === "'") quote = char;
      else if (char === '\\' && i + 1 < line.length) word += line[++i];
      else word += char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** A Compose command or entrypoint (string or list) as an argument list. */
export function commandWords(value: string | string[] | null | undefined): string[] | undefined {
  if (value === null || value === undefined) return undefined;
  return Array.isArray(value) ? value : splitCommandLine(value);
}
