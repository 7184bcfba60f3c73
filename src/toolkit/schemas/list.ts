import { z } from 'zod';
import type { Filters } from '../../engine/types.js';

/** The output fields of every bounded list: how many there were, and whether some were left out. */
export const listTotals = {
  total: z.number().int(),
  truncated: z.boolean(),
};

/** Engine filters from the tool's filter values; absent ones are left out. */
export function engineFilters(values: Record<string, string | string[] | boolean | undefined>): Filters {
  const filters: Filters = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === '') continue;
    filters[key] = Array.isArray(value) ? value : [String(value)];
  }
  return filters;
}

/** The first `limit` items as `view` shows them, with the total and whether the list was cut. */
export function boundedList<T, U>(
  items: T[],
  limit: number,
  view: (item: T) => U,
): { shown: U[]; total: number; truncated: boolean } {
  return { shown: items.slice(0, limit).map(view), total: items.length, truncated: items.length > limit };
}

/** `12 network(s), first 5 shown` (the note only when the list was cut). */
export function countLine(
  out: { total: number; truncated: boolean },
  shown: number,
  noun: string,
  which = 'first',
): string {
  return `${out.total} ${noun}(s)${out.truncated ? `, ${which} ${shown} shown` : ''}`;
}
