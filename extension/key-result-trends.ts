import type { Cell } from '../shared/types';
import type { MyObjective } from '../shared/my-key-results';
import { historyIndex, historySeriesKey } from '../shared/history-index';
import { keyResultTrend } from '../shared/key-result-trend';
import { readHistory } from '../shared/read-history';

/** What the popup shows of a KR's history: a sparkline and the change since last week. */
export interface TrendSummary {
  /** Scores by day, oldest first (the last 12 days with a score). */
  points: number[];
  /** Score change since the last check-in at least 6 days before the as-of date, or null. */
  since: number | null;
  /** Day of the person's latest check-in (ISO), or null. */
  lastCheckIn: string | null;
}

/** Points kept per KR: enough for a sparkline, little for storage. */
const POINTS = 12;

/**
 * The trend of each KR shown, keyed by its history key, from the sheet's `Scorecard history` tab (read
 * in the same request as the sheet). KRs with no history are left out; no history tab gives `{}`.
 *
 * @example
 * keyResultTrends(historyValues, 'Q4 OKRs', 'Europe/Lisbon', groups, '2026-11-16')['k7f3q'] // { points: [0.4, 0.52], since: 0.12, ... }
 */
export function keyResultTrends(historyValues: Cell[][] | null | undefined, tab: string, timeZone: string | null, groups: MyObjective[], asOf: string): Record<string, TrendSummary> {
  if (!historyValues || historyValues.length < 2) return {};
  const index = historyIndex(readHistory(historyValues, timeZone ? { timeZone } : {}).entries);
  const trends: Record<string, TrendSummary> = {};
  for (const kr of groups.flatMap((g) => g.keyResults)) {
    const entries = index.get(historySeriesKey(tab, kr.key));
    if (!entries?.length) continue;
    const trend = keyResultTrend(entries, asOf, { start: kr.periodStart ?? null, end: kr.periodEnd ?? null });
    trends[kr.key] = { points: trend.points.slice(-POINTS).map((p) => p.score), since: trend.since, lastCheckIn: trend.lastCheckIn?.date ?? null };
  }
  return trends;
}
