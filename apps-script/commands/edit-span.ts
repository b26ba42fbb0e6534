import type { SheetReport } from '../../shared/types';

/**
 * The sheet rows an edit of rows `first`..`last` changes the output of: the edited rows themselves,
 * plus every row of each objective they touch (its row and its key results'), or the KPI rows edited
 * (with every row of a long-layout KPI they touch).
 * An edit of the header row (or above) changes everything: all rows.
 *
 * @example
 * editSpan(report, 5, 5, 40) // { from: 3, to: 7 } when row 5 is a KR of the objective on rows 3-7
 */
export function editSpan(report: SheetReport, first: number, last: number, lastRow: number): { from: number; to: number } {
  if (first <= report.headerRow) return { from: 1, to: lastRow };
  let from = first;
  let to = last;
  for (const objective of report.objectives) {
    const rows = [objective.row, ...objective.keyResults.map((kr) => kr.row)];
    if (rows.some((r) => r >= first && r <= last)) {
      from = Math.min(from, ...rows);
      to = Math.max(to, ...rows);
    }
  }
  // A long-layout KPI (one row per period) shows its status on its latest row only: an edit of any of its
  // rows may move that row, so all of them are rewritten.
  for (const kpi of report.kpis) {
    const rows = kpi.rows;
    if (rows && rows.some((r) => r >= first && r <= last)) {
      from = Math.min(from, ...rows);
      to = Math.max(to, ...rows);
    }
  }
  return { from, to };
}
