import type { CheckIn } from './types';
import { parseDateDay } from './parse-date';

export interface TrendPoint {
  /** ISO day. */
  date: string;
  score: number;
}

export interface KeyResultTrend {
  /** The KR's score by day, oldest first, one point a day (the day's last row wins). */
  points: TrendPoint[];
  /** The latest score recorded at or before the as-of day. */
  score: number | null;
  /** Score change since the last check-in at least 6 days before the as-of day, or null. */
  since: number | null;
  /** The day `since` is measured from. */
  sinceDate: string | null;
  /** The latest row at or before the as-of day (a scoring or a person's check-in). */
  last: CheckIn | null;
  /** The latest check-in by a person (`by` set), or null. */
  lastCheckIn: CheckIn | null;
  /** The latest confidence recorded, or null. */
  confidence: number | null;
  /** No change in score for 14 days or more while the period runs (and the KR is not complete). */
  stalled: boolean;
}

/** Days without a score change after which a KR whose period runs is called stalled. */
export const STALLED_DAYS = 14;
/** `since` compares with the last check-in at least this many days before the as-of day. */
export const SINCE_DAYS = 6;

/**
 * The trend of one KR from its history rows (any order; rows after `asOf` are ignored): scores by day,
 * the change since last week's check-in, who checked in last, and whether it has stalled.
 * `period` (ISO start inclusive, end exclusive) decides whether it runs; unknown means it runs.
 *
 * @example
 * keyResultTrend(rowsOfKr, '2026-11-30', { start: '2026-10-01', end: '2027-01-01' })
 * // { points: [...], score: 0.52, since: 0.12, stalled: false, ... }
 */
export function keyResultTrend(entries: readonly CheckIn[], asOf: string, period: { start?: string | null; end?: string | null } = {}): KeyResultTrend {
  const rows = entries.filter((e) => e.date <= asOf);
  // Usually already in order (the tab is oldest first): sort only when it is not.
  if (rows.some((e, i) => i > 0 && later(rows[i - 1]!, e))) rows.sort((a, b) => (later(a, b) ? 1 : later(b, a) ? -1 : 0));
  const points: TrendPoint[] = [];
  let last: CheckIn | null = null;
  let lastCheckIn: CheckIn | null = null;
  let confidence: number | null = null;
  for (const e of rows) {
    last = e;
    if (e.by) lastCheckIn = e;
    if (e.confidence !== null) confidence = e.confidence;
    if (e.score === null) continue;
    const previous = points[points.length - 1];
    if (previous && previous.date === e.date) previous.score = e.score;
    else points.push({ date: e.date, score: e.score });
  }
  const latest = points[points.length - 1] ?? null;
  const asOfDay = parseDateDay(asOf) ?? 0;
  const pointDays = points.map((p) => parseDateDay(p.date) ?? 0);
  const before = (days: number): TrendPoint | null => {
    let found: TrendPoint | null = null;
    for (let i = 0; i < points.length && pointDays[i]! <= asOfDay - days; i++) found = points[i]!;
    return found;
  };
  const week = before(SINCE_DAYS);
  const since = latest && week ? round(latest.score - week.score) : null;
  const fortnight = before(STALLED_DAYS);
  const runs = (!period.start || period.start <= asOf) && (!period.end || asOf < period.end);
  const stalled =
    runs && latest !== null && fortnight !== null && latest.score < 1 && points.every((p) => p.date <= fortnight.date || Math.abs(p.score - fortnight.score) < 1e-9);
  return { points, score: latest?.score ?? null, since, sinceDate: week?.date ?? null, last, lastCheckIn, confidence, stalled };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Whether `a` comes after `b` in time (by day, then by tab row). */
function later(a: CheckIn, b: CheckIn): boolean {
  return a.date > b.date || (a.date === b.date && (a.row ?? 0) > (b.row ?? 0));
}
