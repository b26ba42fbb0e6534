import { parsePeriod, type Period } from './parse-period';

const TARGET_WORD = /(^|[\s_-])(targets?|goals?|plan|ziel|soll|objectif|cible|meta)(?=$|[\s_-])/i;
const PLAN_YEAR = /^y\d{1,2}[\s_-]/i;
const FISCAL_LABEL = /^fy|^\d{4}\s?[/_-]\s?\d{2}(?:\d{2})?$/i;
const EDGES = /^[\s_:()-]+|[\s_:()-]+$/g;

/** A header naming a target by the (year-long) period it is for. */
export interface TargetSchedulePeriod {
  period: Period;
  /** Whether the header says it is a target (`2027 target`, `Target 2028`, `y1_2026_27`), not only a fiscal year (`FY27`). */
  named: boolean;
}

/**
 * The year a target-schedule column is for (docs/scoring.md, KPI layouts): `y1_2026_27`, `FY2026/27`,
 * `2026/27`, `FY27`, `2027 target`, `Target 2028`; null for any other header (quarters and months too).
 *
 * @example
 * targetSchedulePeriod('Target 2028')?.named // true
 * targetSchedulePeriod('FY27', 4)?.named // false
 */
export function targetSchedulePeriod(header: string, fiscalYearStart: number | null = null): TargetSchedulePeriod | null {
  const text = header.trim();
  if (!text || text.length > 40) return null;
  const word = TARGET_WORD.exec(text);
  const rest = (word ? text.slice(0, word.index) + ' ' + text.slice(word.index + word[0].length) : text).replace(EDGES, '');
  if (!rest) return null;
  const period = parsePeriod(rest, { fiscalYearStart });
  if (!period || period.end - period.start < 365) return null;
  const named = word !== null || PLAN_YEAR.test(rest);
  if (!named && !FISCAL_LABEL.test(rest)) return null;
  return { period, named };
}
