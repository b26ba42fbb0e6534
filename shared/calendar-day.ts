/**
 * Calendar days as integers (days since 1970-01-01), so that period arithmetic never
 * depends on a time zone or a clock.
 *
 * @example
 * calendarDay(2026, 7, 1) // 20635
 * isoDate(calendarDay(2026, 7, 1)) // '2026-07-01'
 */
export function calendarDay(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The ISO `yyyy-mm-dd` text of a calendar day. */
export function isoDate(day: number): string {
  let iso = ISO_CACHE.get(day);
  if (iso === undefined) {
    iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
    if (ISO_CACHE.size > 50_000) ISO_CACHE.clear();
    ISO_CACHE.set(day, iso);
  }
  return iso;
}

const ISO_CACHE = new Map<number, string>();

/** Year, month (1-12) and day of a calendar day. */
export function dayParts(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The year of a calendar day (remembered: sheets repeat the same few period starts). */
export function yearOf(day: number): number {
  let year = YEAR_CACHE.get(day);
  if (year === undefined) {
    year = dayParts(day).year;
    if (YEAR_CACHE.size > 50_000) YEAR_CACHE.clear();
    YEAR_CACHE.set(day, year);
  }
  return year;
}

const YEAR_CACHE = new Map<number, number>();

/** Whether year/month/day names a real date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Days between Sheets' serial 0 (1899-12-30) and 1970-01-01. */
export const SERIAL_EPOCH_OFFSET = 25569;
