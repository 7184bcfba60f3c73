import { dequoteShellWord } from '../shell/dequote.js';
import type { KeyValue } from './model.js';

/** Splits argument text into words, keeping quoted spans and escaped characters inside their word. */
function splitWords(text: string, escapeChar: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === escapeChar && i + 1 < text.length) {
      current += c + text[i + 1];
      i++;
    } else if (quote) {
      current += c;
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
      current += c;
    } else if (/\s/.test(c)) {
      if (current) words.push(current);
      current = '';
    } else current += c;
  }
  if (current) words.push(current);
  return words;
}

/**
 * The pairs of an ENV, LABEL or ARG: `key=value` words, or the legacy `ENV key value` form.
 * Linear in the length of the text (the library's own property parser is not, on long lines).
 */
export function parsePairs(keyword: string, args: string, escapeChar: string): KeyValue[] {
  const words = splitWords(args.trim(), escapeChar);
  if (words.length === 0) return [];
  if (!words[0].includes('=')) {
    if (keyword === 'ARG') return words.map((w) => ({ key: w, value: '', rawValue: '' }));
    const rawValue = args.trim().slice(words[0].length).trim();
    return [{ key: dequoteShellWord(words[0]), value: dequoteShellWord(rawValue), rawValue }];
  }
  return words.map((word) => {
    const eq = word.indexOf('=');
    if (eq < 0) return { key: dequoteShellWord(word), value: '', rawValue: '' };
    const rawValue = word.slice(eq + 1);
    return { key: dequoteShellWord(word.slice(0, eq)), value: dequoteShellWord(rawValue), rawValue };
  });
}
