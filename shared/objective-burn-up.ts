import type { Commitment, Settings } from './types';
import type { TrendPoint } from './key-result-trend';
import { parseDateDay } from './parse-date';
import { isoDate } from './calendar-day';
import { elapsedFraction } from './elapsed-fraction';
import { expectedScore } from './expected-score';

export interface BurnUp {
  /** The objective's score by day (weighted mean of each KR's latest score that day), oldest first. */
  points: TrendPoint[];
  /** The expected line (the green bar over the period): its ends, ISO days and values. */
  expected: { date: string; value: number }[];
  /** The expected value at the as-of day. */
  expectedNow: number;
}

/**
 * The burn-up of an objective: its score by day from its KRs' trend points (a KR's last score carries
 * forward to later days; KRs with no score yet are left out of that day's mean, like the objective
 * score), against the expected line: section 5's green bar from 0 at the period's start to the green
 * bar at its end. Without a period the line is flat at the end-of-period bar.
 *
 * @example
 * objectiveBurnUp([{ weight: 1, points }], { asOf: '2026-11-30', periodStart: '2026-10-01', periodEnd: '2027-01-01', commitment: 'aspirational' })
 * // { points: [{ date: '2026-10-05', score: 0.1 }, ...], expected: [{ date: '2026-10-01', value: 0 }, { date: '2027-01-01', value: 0.7 }], ... }
 */
export function objectiveBurnUp(
  keyResults: readonly { weight?: number; points: readonly TrendPoint[] }[],
  options: { asOf: string; periodStart?: string | null; periodEnd?: string | null; commitment: Commitment; settings?: Partial<Settings> },
): BurnUp {
  const from = options.periodStart ?? null;
  const dates = new Set<string>();
  for (const kr of keyResults) for (const p of kr.points) if (p.date <= options.asOf && (!from || p.date >= from)) dates.add(p.date);
  const days = [...dates].sort();
  const cursor = keyResults.map(() => -1);
  const points: TrendPoint[] = [];
  for (const date of days) {
    let sum = 0;
    let weights = 0;
    keyResults.forEach((kr, i) => {
      let c = cursor[i]!;
      while (c + 1 < kr.points.length && kr.points[c + 1]!.date <= date) c++;
      cursor[i] = c;
      if (c < 0) return;
      const w = kr.weight ?? 1;
      sum += w * kr.points[c]!.score;
      weights += w;
    });
    if (weights > 0) points.push({ date, score: Math.round((sum / weights) * 1e6) / 1e6 });
  }
  const start = from ? parseDateDay(from) : null;
  const end = options.periodEnd ? parseDateDay(options.periodEnd) : null;
  const asOfDay = parseDateDay(options.asOf) ?? 0;
  const bar = (t: number | null): number => expectedScore(options.commitment, t, options.settings);
  let expected: { date: string; value: number }[];
  if (start !== null && end !== null && end > start) {
    expected = [
      { date: isoDate(start), value: 0 },
      { date: isoDate(end), value: bar(1) },
    ];
  } else {
    const first = days[0] ?? options.asOf;
    expected = [
      { date: first, value: bar(1) },
      { date: options.asOf, value: bar(1) },
    ];
  }
  const t = elapsedFraction(start, end, asOfDay);
  return { points, expected, expectedNow: bar(t === null ? null : Math.max(0, t)) };
}
