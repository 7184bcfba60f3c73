import { ToolError } from '../errors.js';

/** `--option N`: a whole number from min to max, or undefined when the option is absent. */
export function wholeNumber(
  text: string | undefined,
  option: string,
  min = 1,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    throw new ToolError(
      'INVALID_ARGUMENT',
      `--${option} "${text}" is not a whole number ${range}.`,
      `Pass e.g. --${option} ${Math.max(min, 1)}.`,
    );
  }
  return value;
}

/** `--option PORT`: a TCP port (0 only where the system may pick one). */
export function portNumber(text: string | undefined, option: string, min: 0 | 1 = 1): number | undefined {
  return wholeNumber(text, option, min, 65535);
}

/** `--option N` where N may have a fraction (seconds, megabytes), above zero. */
export function positiveNumber(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0)
    throw new ToolError(
      'INVALID_ARGUMENT',
      `--${option} "${text}" is not a positive number.`,
      `Pass e.g. --${option} 60.`,
    );
  return value;
}

/** Repeated `--option KEY=VALUE` as a record (undefined when none was given). */
export function keyValues(items: string[] = [], option: string): Record<string, string> | undefined {
  if (items.length === 0) return undefined;
  const entries = items.map((item) => {
    const at = item.indexOf('=');
    if (at <= 0)
      throw new ToolError(
        'INVALID_ARGUMENT',
        `--${option} "${item}" is not KEY=VALUE.`,
        `Write it as --${option} KEY=VALUE.`,
      );
    return [item.slice(0, at), item.slice(at + 1)];
  });
  return Object.fromEntries(entries);
}
