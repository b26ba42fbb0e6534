import type { Cell, SheetReport } from '../../shared/types';
import { countStatuses } from '../../shared/count-statuses';
import { guessedDirectionNote } from '../../shared/guessed-direction-note';
import { asText } from '../../shared/as-text';
import { SUMMARY_HEADER } from '../names/summary-sheet-name';
import { formatTarget } from '../../shared/format-target';
import { formatValue } from '../../shared/format-value';
import { roundScore } from './round-score';

/**
 * The `Scorecard summary` tab after scoring one sheet: the rows other sheets put there are kept, this
 * sheet's are replaced by one row per objective (its roll-up score, status, and its key results counted
 * by status) or per KPI (its actual and target as the sheet shows them, formatValue; on wide KPI sheets
 * its `As of` is the period its status comes from), plus a total row. The grid is padded to cover the previous contents, so one
 * setValues both writes and clears. The grid never grows past `maxRows` (the tab's size). Text is protected with asText (a name like `=1+1` or `2026-Q3` stays text).
 *
 * @example
 * summaryRows(null, 'OKRs', report)[0] // SUMMARY_HEADER
 */
export function summaryRows(existing: Cell[][] | null, sheetName: string, report: SheetReport, maxRows = 1000): Cell[][] {
  const width = SUMMARY_HEADER.length;
  const kept = (existing ?? []).slice(1).filter((row) => String(row[0] ?? '') !== sheetName && row.some((c) => c !== '' && c !== null));
  const rows: Cell[][] = [[...SUMMARY_HEADER]];
  for (const row of kept.slice(0, Math.max(0, maxRows - 3))) rows.push(Array.from({ length: width }, (_, i) => row[i] ?? ''));
  // The tab keeps its size (growing it would cost calls that depend on the sheet's size): past it, one line says how many more.
  const room = Math.max(0, maxRows - rows.length - 2);
  const items = report.kind === 'okr' ? report.objectives.length : report.kpis.length;
  const shown = items > room ? Math.max(0, room - 1) : items;
  const more = (): void => {
    if (shown < items) rows.push([sheetName, 'More', `${items - shown} more ${report.kind === 'okr' ? 'objectives' : 'KPIs'} — see the sheet or the Dashboard`, '', '', '', '', '', '', '', '', report.asOf]);
  };
  if (report.kind === 'okr') {
    const all = report.objectives.flatMap((o) => o.keyResults);
    for (const o of report.objectives.slice(0, shown)) {
      const n = countStatuses(o.keyResults);
      rows.push([sheetName, 'Objective', o.title, o.owner ?? '', roundScore(o.score), o.status, n.green, n.amber, n.red, n.grey, o.row, report.asOf]);
    }
    more();
    const n = countStatuses(all);
    rows.push([sheetName, 'Total', `${report.objectives.length} objectives, ${all.length} key results`, '', '', '', n.green, n.amber, n.red, n.grey, '', report.asOf]);
  } else {
    for (const k of report.kpis.slice(0, shown)) {
      const n = countStatuses([k]);
      // On wide sheets the status is the latest period's: `As of` names that period (`Oct 2026`).
      // A status that rests on a direction guessed from the KPI's name says so.
      const guessed = guessedDirectionNote(k);
      rows.push([sheetName, 'KPI', guessed ? `${k.name} (${guessed})` : k.name, k.owner ?? '', '', k.status, n.green, n.amber, n.red, n.grey, k.row, k.actualPeriod || report.asOf, k.actual === null ? '' : formatValue(k.actual, k.format), formatTarget(k).replace(/^–$/, '')]);
    }
    more();
    const n = countStatuses(report.kpis);
    rows.push([sheetName, 'Total', `${report.kpis.length} KPIs`, '', '', '', n.green, n.amber, n.red, n.grey, '', report.asOf]);
  }
  for (const row of rows) while (row.length < width) row.push('');
  const height = Math.max(rows.length, existing?.length ?? 0);
  while (rows.length < height) rows.push(Array.from({ length: width }, () => ''));
  const existingWidth = existing?.[0]?.length ?? 0;
  if (existingWidth > width) for (const row of rows) while (row.length < existingWidth) row.push('');
  return rows.map((row) => row.map(asText));
}
