import type { CheckIn } from './types';

/**
 * The history grouped by KR, oldest first: look a KR up with historySeriesKey. A `Scorecard id` is
 * unique across the spreadsheet; a text key (objective / KR, sheets never scored) also needs its sheet.
 *
 * @example
 * historyIndex(entries).get(historySeriesKey('OKRs', 'k7f3q')) // that KR's rows
 */
export function historyIndex(entries: readonly CheckIn[]): Map<string, CheckIn[]> {
  const index = new Map<string, CheckIn[]>();
  for (const e of entries) {
    const key = historySeriesKey(e.sheet, e.key);
    const list = index.get(key);
    if (list) list.push(e);
    else index.set(key, [e]);
  }
  return index;
}

/** The index key of a KR: its id alone, or sheet and text key for a KR without an id. */
export function historySeriesKey(sheet: string, key: string): string {
  return key.includes(' / ') ? `${sheet}\u0000${key}` : key;
}
