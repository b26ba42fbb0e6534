import type { Settings, SheetReport } from '../../shared/types';
import { objectiveBurnUp, type BurnUp } from '../../shared/objective-burn-up';
import type { TrendPoint } from '../../shared/key-result-trend';
import type { HistoryPlan } from '../plans/history-plan';

/** What the sidebar shows of a KR's history. */
export interface KrHistoryView {
  /** Scores by day, oldest first. */
  points: TrendPoint[];
  /** Change since the last check-in at least 6 days ago, or null. */
  since: number | null;
  sinceDate: string | null;
  /** The day of the latest row (a scoring or a check-in), and who checked in then ('' for a scoring). */
  lastDate: string | null;
  lastBy: string;
  /** The latest person's check-in, when there is one. */
  checkInDate: string | null;
  checkInBy: string;
  /** Confidence as a fraction: the sheet's Confidence column, else the latest check-in's. */
  confidence: number | null;
  stalled: boolean;
}

/** The sidebar's history data: per KR (by sheet row) and per objective (by sheet row). */
export interface DashboardHistory {
  keyResults: Record<number, KrHistoryView>;
  burnUps: Record<number, BurnUp>;
}

/**
 * The sidebar's view of a scoring's history: each KR's trend (scores by day, change since the last
 * check-in, who checked in last, confidence, stalled) and each objective's burn-up against the expected
 * line. An objective's period is its own, else the span of its KRs' periods. Pure.
 */
export function historyView(report: SheetReport, history: HistoryPlan, settings: Partial<Settings>): DashboardHistory {
  const keyResults: Record<number, KrHistoryView> = {};
  const burnUps: Record<number, BurnUp> = {};
  for (const objective of report.objectives) {
    const series: { weight?: number; points: TrendPoint[] }[] = [];
    let start: string | null = objective.periodStart ?? null;
    let end: string | null = objective.periodEnd ?? null;
    for (const kr of objective.keyResults) {
      const trend = history.trends.get(kr.row);
      if (!trend) continue;
      keyResults[kr.row] = {
        points: trend.points,
        since: trend.since,
        sinceDate: trend.sinceDate,
        lastDate: trend.last?.date ?? null,
        lastBy: trend.last?.by ?? '',
        checkInDate: trend.lastCheckIn?.date ?? null,
        checkInBy: trend.lastCheckIn?.by ?? '',
        confidence: kr.confidence ?? trend.confidence,
        stalled: trend.stalled,
      };
      series.push({ weight: kr.weight ?? 1, points: trend.points });
      if (!objective.periodStart && kr.periodStart && (!start || kr.periodStart < start)) start = kr.periodStart;
      if (!objective.periodEnd && kr.periodEnd && (!end || kr.periodEnd > end)) end = kr.periodEnd;
    }
    if (series.some((s) => s.points.length)) {
      burnUps[objective.row] = objectiveBurnUp(series, { asOf: report.asOf, periodStart: start, periodEnd: end, commitment: objective.commitment, settings });
    }
  }
  return { keyResults, burnUps };
}
