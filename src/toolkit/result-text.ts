import { fenceUntrusted } from '../security/untrusted.js';

/**
 * The text content of a tool result. Clients that pass only `content` to the model must
 * still see what the tool found, so the text carries the structured result itself, rendered
 * compactly and within a stated budget, and says what it cut; structuredContent stays whole.
 */
export const TEXT_BUDGET_BYTES = 4096;

const ITEM_CHARS = 400;

type Value = unknown;

const isEmpty = (value: Value) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

const isScalar = (value: Value) => value === null || typeof value !== 'object';

function clip(text: string, max = ITEM_CHARS): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** One value on one line: scalars as they are, anything nested as JSON. */
function inline(value: Value): string {
  if (typeof value === 'string') return clip(value.replace(/\s*\n\s*/g, ' ⏎ '));
  return clip(isScalar(value) ? String(value) : JSON.stringify(value));
}

/**
 * Labels are set by whoever built the image or started the container. Security: in the
 * text a model reads they stay fenced as data, as logs are.
 */
const UNTRUSTED_KEYS = new Set(['labels']);

function valueText(key: string, value: Value): string {
  return UNTRUSTED_KEYS.has(key) ? fenceUntrusted(key, JSON.stringify(value)) : inline(value);
}

/** An object as `key: value; key: value`, leaving out what is empty. */
function entries(object: Record<string, Value>): string {
  return Object.entries(object)
    .filter(([, value]) => !isEmpty(value))
    .map(([key, value]) => `${key}: ${valueText(key, value)}`)
    .join('; ');
}

/** The lines of one field; `name` is its dotted path. */
function fieldLines(name: string, value: Value, depth = 0): string[] {
  if (isEmpty(value)) return [];
  const key = name.split('.').at(-1) ?? name;
  if (UNTRUSTED_KEYS.has(key)) return [`${name}:`, ...valueText(key, value).split('\n')];
  if (typeof value === 'string' && value.includes('\n'))
    return [`${name}:`, '```', ...value.trimEnd().split('\n'), '```'];
  if (isScalar(value)) return [`${name}: ${inline(value)}`];
  if (Array.isArray(value)) {
    if (value.every(isScalar)) return [`${name}: ${value.map(inline).join(', ')}`];
    return [
      `${name}:`,
      ...value.map((item) => `- ${isScalar(item) ? inline(item) : entries(item as Record<string, Value>)}`),
    ];
  }
  const object = value as Record<string, Value>;
  if (depth > 0 || Object.values(object).every(isScalar)) return [`${name}: ${entries(object)}`];
  return Object.entries(object).flatMap(([key, inner]) => fieldLines(`${name}.${key}`, inner, depth + 1));
}

/**
 * The summary, then every field of the result (`first` fields before the others), line by
 * line until the budget; what did not fit is named at the end.
 */
export function resultText(
  summary: string,
  output: Record<string, Value>,
  first: readonly string[] = [],
  budget = TEXT_BUDGET_BYTES,
): string {
  const order = [...first, ...Object.keys(output).filter((key) => !first.includes(key))];
  const lines = [summary];
  // Room is kept for the closing note, so that the whole text stays within the budget.
  let room = budget - Buffer.byteLength(summary) - 300;
  const cut: string[] = [];
  for (const key of order) {
    const value = output[key];
    // A long text the summary already shows (a rule's documentation) is not repeated.
    if (typeof value === 'string' && value.length > 40 && summary.includes(value)) continue;
    const field = fieldLines(key, value);
    const shown = fitting(field, room);
    if (shown.length < field.length) cut.push(shown.length ? `the rest of ${key}` : key);
    lines.push(...shown);
    room -= Buffer.byteLength(shown.join('\n')) + shown.length;
  }
  if (cut.length)
    lines.push(
      `[text cut at ${budget} bytes; not shown: ${cut.join(', ')}. structuredContent has all of it.]`,
    );
  return lines.join('\n');
}

/** The first lines of a field that fit in `room` bytes; a cut code block is closed. */
function fitting(field: string[], room: number): string[] {
  const shown: string[] = [];
  let used = 0;
  for (const line of field) {
    const size = Buffer.byteLength(line) + 1;
    if (used + size > room - 4) break;
    shown.push(line);
    used += size;
  }
  // Security: a fenced untrusted text is shown whole or not at all, never without its end marker.
  if (shown.length < field.length && field.some((line) => line.includes('<<<UNTRUSTED'))) return [];
  const inOpenBlock = shown.filter((line) => line === '```').length % 2 === 1;
  if (inOpenBlock && shown.at(-1) === '```') return [];
  if (inOpenBlock) shown.push('```');
  return shown.length === 1 && field.length > 1 ? [] : shown;
}
