import type { KeyResultResult, ObjectiveResult, SheetReport } from './types';
import { ownerMatches } from './owner-matches';

/** One objective with the key results selected under it. */
export interface MyObjective {
  objective: ObjectiveResult;
  keyResults: KeyResultResult[];
}

interface Period {
  start: string;
  end: string;
}

/**
 * The current period's key results owned by one of `identities` (emails or display names), grouped by
 * objective in sheet order; `identities` null selects everyone's (the whole team). A KR with no owner
 * belongs to its objective's owner. The current period is the one containing `asOf` (ISO date, or a
 * Date read in UTC); when no period contains it, the latest one already started (else the earliest to
 * come). Key results with no known period are always kept.
 *
 * @example
 * myKeyResults(report, ['ana@example.com'], '2026-08-15') // [{ objective, keyResults: [...] }]
 */
export function myKeyResults(report: SheetReport, identities: readonly string[] | null, asOf: Date | string): MyObjective[] {
  const day = typeof asOf === 'string' ? asOf.slice(0, 10) : asOf.toISOString().slice(0, 10);
  const current = currentPeriod(report.objectives, day);
  const groups: MyObjective[] = [];
  for (const objective of report.objectives) {
    const keyResults = objective.keyResults.filter((kr) => {
      const period = periodOf(objective, kr);
      if (period && current && (period.start !== current.start || period.end !== current.end) && !contains(period, day)) return false;
      return identities === null || ownerMatches(kr.owner ?? objective.owner, identities);
    });
    if (keyResults.length > 0) groups.push({ objective, keyResults });
  }
  return groups;
}

function periodOf(objective: ObjectiveResult, kr: KeyResultResult): Period | null {
  const start = objective.periodStart ?? kr.periodStart ?? null;
  const end = objective.periodEnd ?? kr.periodEnd ?? null;
  return start && end ? { start, end } : null;
}

function contains(period: Period, day: string): boolean {
  return period.start <= day && day < period.end;
}

/** The period that counts as current at `day`, or null when no key result has a known period. */
function currentPeriod(objectives: readonly ObjectiveResult[], day: string): Period | null {
  const periods: Period[] = [];
  for (const objective of objectives) {
    for (const kr of objective.keyResults) {
      const period = periodOf(objective, kr);
      if (period) periods.push(period);
    }
  }
  if (periods.length === 0) return null;
  const containing = periods.find((p) => contains(p, day));
  if (containing) return containing;
  const started = periods.filter((p) => p.start <= day).sort((a, b) => b.start.localeCompare(a.start) || b.end.localeCompare(a.end));
  if (started[0]) return started[0];
  return [...periods].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end))[0] ?? null;
}
