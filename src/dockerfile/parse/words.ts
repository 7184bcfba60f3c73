/** Removes one pair of matching surrounding quotes. */
export function unquote(value: string): string {
  if (value.length >= 2) {
    const first = value[0];
    if ((first === '"' || first === "'") && value[value.length - 1] === first) return value.slice(1, -1);
  }
  return value;
}

/** The array of an exec-form (JSON) instruction, or undefined for the shell form. */
export function execFormArray(args: string): string[] | undefined {
  const trimmed = args.trim();
  if (!trimmed.startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed;
  } catch {}
  return undefined;
}

export function flagValue(flags: { name: string; value: string | null }[], name: string): string | undefined {
  const flag = flags.find((f) => f.name.toLowerCase() === name);
  return flag ? (flag.value ?? '') : undefined;
}
