import type { Cell } from './types';
import { isDateCell } from './is-date-cell';
import { calendarDay, isoDate, isValidDate, SERIAL_EPOCH_OFFSET } from './calendar-day';
import { monthNumber } from './month-number';

export interface ParseDateOptions {
  /** Decides `11/30/2026` (US, month first) against `30/11/2026` (day first) when both could be read. */
  locale?: string;
  /** Year for dates written without one (`Nov 30`); default: none, so such text is not a date. */
  year?: number;
  /** Read numbers as Sheets serial dates (days since 1899-12-30). Default true. */
  serial?: boolean;
}

/** Years 1000 to 9999: what an ISO date can show. */
const MIN_DAY = -354_285;
const MAX_DAY = 2_932_896;
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC = /^(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{2}|\d{4}))?\.?$/;
const MONTH_FIRST = /^([A-Za-zÀ-ÿ]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\.?[\s-]+([A-Za-zÀ-ÿ]{3,10})\.?(?:,?[\s-]+(\d{2}|\d{4}))?$/;

/** Whether a locale writes dates day first (everything but US-style locales). */
export function isDayFirstLocale(locale: string | undefined): boolean {
  if (!locale) return false;
  const l = locale.replace('_', '-').toLowerCase();
  return !(l === 'en' || l === 'en-us' || l.startsWith('en-us') || l === 'en-ph' || l === 'fil' || l === 'en-ca');
}

/**
 * The calendar day (days since 1970-01-01) of a date cell, or null when it is not a date.
 * Reads real Date cells (rounded to the nearest midnight, so a date made at local midnight
 * in any time zone within ±12 h reads as that date), Sheets serial numbers, ISO `2026-11-30`,
 * `11/30/2026` (US) or `30/11/2026` (day-first locales; a part above 12 decides on its own),
 * `30.11.2026`, `Nov 30`, `Nov 30, 2026`, `30 Nov 2026`, and `20260531`.
 */
export function parseDateDay(cell: Cell | undefined, options: ParseDateOptions = {}): number | null {
  if (cell === null || cell === undefined || cell === '' || typeof cell === 'boolean') return null;
  if (isDateCell(cell)) {
    const day = Math.round(cell.getTime() / 86_400_000);
    return Number.isNaN(day) || day < MIN_DAY || day > MAX_DAY ? null : day;
  }
  if (typeof cell === 'number') {
    if (options.serial === false || !Number.isFinite(cell) || cell < 1 || cell > 2_958_465) return null;
    return Math.floor(cell) - SERIAL_EPOCH_OFFSET;
  }
  const text = cell.trim();
  if (text.length < 3 || text.length > 40) return null;
  let m = ISO.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = COMPACT.exec(text);
  if (m) {
    const y = Number(m[1]);
    return y >= 1900 && y <= 2200 ? ymd(y, Number(m[2]), Number(m[3])) : null;
  }
  m = NUMERIC.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = m[3] === undefined ? options.year : fullYear(m[3]);
    if (y === undefined) return null;
    const dotted = text.includes('.');
    let dayFirst = dotted || isDayFirstLocale(options.locale);
    if (a > 12 && b <= 12) dayFirst = true;
    else if (b > 12 && a <= 12) dayFirst = false;
    return dayFirst ? ymd(y, b, a) : ymd(y, a, b);
  }
  m = MONTH_FIRST.exec(text);
  if (m) {
    const month = monthNumber(m[1]!);
    const y = m[3] === undefined ? options.year : Number(m[3]);
    if (month === null || y === undefined) return null;
    return ymd(y, month, Number(m[2]));
  }
  m = DAY_FIRST.exec(text);
  if (m) {
    const month = monthNumber(m[2]!);
    const y = m[3] === undefined ? options.year : fullYear(m[3]);
    if (month === null || y === undefined) return null;
    return ymd(y, month, Number(m[1]));
  }
  return null;
}

/**
 * A date cell as ISO `yyyy-mm-dd`, or null when it is not a date.
 *
 * @example
 * parseDate('9/30/2026') // '2026-09-30'
 * parseDate('30/09/2026') // '2026-09-30'
 * parseDate('Nov 30', { year: 2026 }) // '2026-11-30'
 * parseDate(46295) // '2026-09-30' (a Sheets serial number)
 */
export function parseDate(cell: Cell, options: ParseDateOptions = {}): string | null {
  const day = parseDateDay(cell, options);
  return day === null ? null : isoDate(day);
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function ymd(y: number, m: number, d: number): number | null {
  return isValidDate(y, m, d) ? calendarDay(y, m, d) : null;
}
