import { calendarDay, yearOf } from './calendar-day';
import { parseDateDay } from './parse-date';
import { monthNumber } from './month-number';

export interface Period {
  /** The text as written, trimmed. */
  label: string;
  /** First calendar day (days since 1970-01-01), inclusive. */
  start: number;
  /** Calendar day after the last one (exclusive). */
  end: number;
}

export interface ParsePeriodOptions {
  /** Year for a period written without one (`Q1`, `H2`). */
  year?: number;
  /**
   * The month (1-12) the fiscal year starts in (the `Fiscal year starts` setting), for `FY` labels and
   * split years (`2026/27`). Unset: `FY` labels are calendar years and split years start in July.
   */
  fiscalYearStart?: number | null;
}

const QUARTER = [
  /^(?:fy\s?'?(\d{2}|\d{4})[\s-]*)?q([1-4])(?:[\s/-]*(y|fy)?\s?'?(\d{4}|\d{2}))?$/, // Q3 2026, Q3 Y2025, FY26 Q1, Q1, Q3-26
  /^(\d{4})[\s-]*q([1-4])$/, // 2026-Q3, 2026 Q3
];
const HALF = [/^(?:fy\s?'?(\d{2}|\d{4})[\s-]*)?h([12])(?:[\s/-]*(y|fy)?\s?(\d{4}))?$/, /^(\d{4})[\s-]*h([12])$/];
const YEAR = /^(fy|y|cy)?\s?'?(\d{4})$|^fy\s?'?(\d{2})$/;
/** `2026/27`, `FY2026/27`, `2026-2027`, `y1_2026_27` (a plan's first year): a split (fiscal) year. */
const SPLIT_YEAR = /^(?:fy\s?'?|y\d{1,2}[\s_-]*)?(\d{4})\s?[/_-]\s?(\d{4}|\d{2})$/;
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const MONTH_YEAR = /^([a-zà-ÿ]{3,10})\.?[\s,-]+'?(\d{4}|\d{2})$/;
const MONTH_ONLY = /^([a-zà-ÿ]{3,10})\.?$/;
const SPAN = /^(.+?)\s+(?:–|—|-|to|until|bis|au|a|até)\s+(.+)$/i;

/**
 * The time box a period text names: a quarter (`Q3 2026`, `2026-Q3`, `FY26 Q1`, `Q1`, `Q3 Y2025`), a half
 * (`H2 2026`), a year (`2026`, `FY2026`, `Y2025`), a split year (`2026/27`, `FY2026/27`, `y1_2026_27`) or
 * a month (`Mar 2026`, `2026-03`); null when it is none. `FY` labels are calendar years and split years
 * start in July unless `options.fiscalYearStart` says otherwise (a fiscal year that starts after January is
 * named after the year it ends in). A period without a year takes `options.year`.
 *
 * @example
 * parsePeriod('Q3 2026') // { label: 'Q3 2026', start: <2026-07-01>, end: <2026-10-01> }
 */
export function parsePeriod(text: string, options: ParsePeriodOptions = {}): Period | null {
  const label = text.trim();
  const t = label.toLowerCase().replace(/\s+/g, ' ');
  if (t.length > 24 && t.length <= 60) return dateSpan(label, options);
  if (!t || t.length > 24) return null;
  for (const re of QUARTER) {
    const m = re.exec(t);
    if (!m) continue;
    const [a, q, b, fy] = re === QUARTER[0] ? [m[1], m[2], m[4], m[1] !== undefined || m[3] === 'fy'] : [m[1], m[2], undefined, false];
    const y = year(a ?? b, options.year);
    if (y === null) return null;
    const start = (Number(q) - 1) * 3 + (fy ? fiscalFirstMonth(options) : 1);
    const baseYear = fy ? fiscalStartYear(y, options) : y;
    return { label, start: calendarDay(baseYear, start, 1), end: calendarDay(baseYear, start + 3, 1) };
  }
  for (const re of HALF) {
    const m = re.exec(t);
    if (!m) continue;
    const [a, h, b, fy] = re === HALF[0] ? [m[1], m[2], m[4], m[1] !== undefined || m[3] === 'fy'] : [m[1], m[2], undefined, false];
    const y = year(a ?? b, options.year);
    if (y === null) return null;
    const start = (h === '1' ? 0 : 6) + (fy ? fiscalFirstMonth(options) : 1);
    const baseYear = fy ? fiscalStartYear(y, options) : y;
    return { label, start: calendarDay(baseYear, start, 1), end: calendarDay(baseYear, start + 6, 1) };
  }
  let m = YEAR.exec(t);
  if (m) {
    const y = year(m[2] ?? m[3], undefined);
    if (y === null || y < 1900 || y > 2200) return null;
    if (m[1] === 'fy' || m[3] !== undefined) {
      const first = fiscalFirstMonth(options);
      const from = fiscalStartYear(y, options);
      return { label, start: calendarDay(from, first, 1), end: calendarDay(from + 1, first, 1) };
    }
    return { label, start: calendarDay(y, 1, 1), end: calendarDay(y + 1, 1, 1) };
  }
  m = SPLIT_YEAR.exec(t);
  if (m) {
    const y = Number(m[1]);
    const next = Number(m[2]);
    const follows = m[2]!.length === 2 ? next === (y + 1) % 100 : next === y + 1;
    // `2011-12` is December 2011 (an ISO month); `2011/12` and `2026-27` are split years.
    const isoMonth = m[2]!.length === 2 && next <= 12 && t === `${m[1]}-${m[2]}`;
    if (follows && !isoMonth && y >= 1900 && y <= 2200) {
      const first = options.fiscalYearStart ?? 7;
      return { label, start: calendarDay(y, first, 1), end: calendarDay(y + 1, first, 1) };
    }
  }
  m = YEAR_MONTH.exec(t);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { label, start: calendarDay(y, mo, 1), end: calendarDay(y, mo + 1, 1) };
  }
  m = MONTH_YEAR.exec(t) ?? MONTH_ONLY.exec(t);
  if (m) {
    const mo = monthNumber(m[1]!);
    const y = m[2] === undefined ? options.year : year(m[2], undefined);
    if (mo === null || y === undefined || y === null) return null;
    return { label, start: calendarDay(y, mo, 1), end: calendarDay(y, mo + 1, 1) };
  }
  return dateSpan(label, options);
}

/** `2026-07-01 – 2026-09-30`, `Jul 1 to Sep 30, 2026`: explicit first and last days (both inclusive). */
function dateSpan(label: string, options: ParsePeriodOptions): Period | null {
  const m = SPAN.exec(label);
  if (!m) return null;
  const end = parseDateDay(m[2]!, { year: options.year });
  const endYear = end === null ? options.year : yearOf(end);
  // `1/7/2026 - 30/9/2026`: the end shows the day comes first, so the start is read day first too.
  const dayFirst = /^(\d{1,2})[/.]/.exec(m[2]!.trim());
  const start = parseDateDay(m[1]!, { year: endYear, ...(dayFirst && Number(dayFirst[1]) > 12 ? { locale: 'en-GB' } : {}) });
  if (start === null || end === null || end < start) return null;
  return { label, start, end: end + 1 };
}

/** The calendar month a fiscal year's first quarter starts in: January unless the setting says. */
function fiscalFirstMonth(options: ParsePeriodOptions): number {
  return options.fiscalYearStart ?? 1;
}

/**
 * The calendar year fiscal year `fy` starts in: a fiscal year that does not start in January is named
 * after the year it ends in (`FY2027` starting in July runs from July 2026 to June 2027).
 */
function fiscalStartYear(fy: number, options: ParsePeriodOptions): number {
  const first = options.fiscalYearStart ?? 1;
  return first === 1 ? fy : fy - 1;
}

function year(text: string | undefined, fallback: number | undefined): number | null {
  if (text === undefined) return fallback ?? null;
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}
