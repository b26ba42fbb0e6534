import { parsePeriod, type Period } from './parse-period';

/** Periods by default year and fiscal year start, then by text (no key string is built per row). */
const PERIOD_CACHE = new Map<number, Map<string, Period | null>>();
let periodCacheSize = 0;

/**
 * parsePeriod, remembered: a sheet names the same few periods on thousands of rows.
 *
 * @example
 * cachedPeriod('Q3 2026', 2026)?.label // 'Q3 2026'
 */
export function cachedPeriod(text: string, year: number, fiscalYearStart: number | null = null): Period | null {
  const key = year * 16 + (fiscalYearStart ?? 0);
  let byText = PERIOD_CACHE.get(key);
  let p = byText?.get(text);
  if (p === undefined) {
    p = parsePeriod(text, { year, fiscalYearStart });
    if (periodCacheSize > 1000) {
      PERIOD_CACHE.clear();
      periodCacheSize = 0;
      byText = undefined;
    }
    if (!byText) PERIOD_CACHE.set(key, (byText = new Map()));
    byText.set(text, p);
    periodCacheSize++;
  }
  return p;
}
