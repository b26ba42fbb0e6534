import type { PastedTable } from '../../shared/types';
import { readPastedTable } from '../../shared/read-pasted-table';
import { importCellKinds } from './import-cell-kinds';
import { importLocale } from './import-locale';
import { importNewTabPlan } from './import-new-tab-plan';
import { importPeriodColumnPlan } from './import-period-column-plan';
import { ImportRequestError } from './import-request-error';
import type { ImportRequest, ImportResult } from './import-request';
import { planScoring } from './plan-scoring';
import { insertPeriodColumn } from '../platform/insert-period-column';
import { kpiTabSnapshot } from '../platform/kpi-tab-snapshot';
import { settingsTab } from '../platform/settings-tab';
import { showToast } from '../platform/show-toast';
import { spreadsheetLocale } from '../platform/spreadsheet-locale';
import { withDocumentLock } from '../platform/with-document-lock';
import { writeNewTab } from '../platform/write-new-tab';
import { scoringInput } from './scoring-input';

/** Pastes larger than this are refused (Apps Script would run out of time writing them anyway). */
const MAX_TEXT = 5_000_000;

/**
 * Import KPI export… (the dialog's Import button): reads the text with readPastedTable — the same
 * reading the dialog previewed, with the same locale — then either adds a new tab holding the table
 * (values as values, text kept as text, number formats per column) or adds the values as a new period
 * column of a KPI tab, matching metrics by name. A constant number of service calls whatever the size.
 */
export function importKpiExport(request: ImportRequest): ImportResult {
  const text = typeof request?.text === 'string' ? request.text : '';
  const destination = request?.destination;
  if (!text.trim()) throw new ImportRequestError('Paste the export or choose a CSV/TSV file first');
  if (text.length > MAX_TEXT) throw new ImportRequestError(`The text is too long to import at once (${text.length} characters, at most ${MAX_TEXT})`);
  if (!destination || (destination.kind !== 'new' && destination.kind !== 'existing')) throw new ImportRequestError('Choose where the values go');

  const locale = importLocale(settingsTab(), spreadsheetLocale());
  const table = readPastedTable(text, locale ? { locale } : {});
  if (table.values.length < 2) throw new ImportRequestError(noTableMessage(table));

  if (destination.kind === 'new') {
    const plan = importNewTabPlan(table, importCellKinds(text, table));
    const sheetName = withDocumentLock(() => writeNewTab(String(destination.name ?? ''), plan.grid, plan.formats));
    const rows = plan.rows - 1;
    const message = `Imported ${rows} row${rows === 1 ? '' : 's'} into "${sheetName}"${table.skipped.length ? ` (${table.skipped.length} line${table.skipped.length === 1 ? '' : 's'} skipped)` : ''}.`;
    showToast(null, message, 8);
    return { sheetName, rows, matched: 0, unmatched: [], missing: [], column: 1, message };
  }

  return withDocumentLock(() => {
    const snapshot = kpiTabSnapshot(String(destination.sheetName ?? ''));
    if (!snapshot) throw new ImportRequestError(`There is no tab named "${destination.sheetName}" any more`);
    const scoring = planScoring({ ...scoringInput(snapshot), kpis: undefined });
    const report = scoring.report;
    if (report.kind !== 'kpi' || report.kpis.length === 0) throw new ImportRequestError(`"${snapshot.sheetName}" is not a KPI sheet (no KPI rows found)`);
    const owned = new Set(snapshot.outputs.map((o) => o.column));
    const width = snapshot.values.reduce((w, row) => Math.max(w, row.length), 0);
    const sheetColumns = Array.from({ length: width }, (_, i) => i + 1).filter((c) => !owned.has(c));
    const plan = importPeriodColumnPlan({
      table,
      report,
      sheetColumns,
      nameColumn: Number(destination.nameColumn),
      valueColumn: Number(destination.valueColumn),
      period: String(destination.period ?? ''),
      cellKinds: importCellKinds(text, table),
    });
    if (plan.matched === 0) {
      throw new ImportRequestError(`No pasted name matches a KPI of "${snapshot.sheetName}" — check the name column, or import into a new tab`);
    }
    insertPeriodColumn(snapshot.sheet, plan.afterColumn, plan.fromRow, plan.grid, plan.formats);
    const label = String(plan.grid[0]?.[0] ?? '').replace(/^'/, '');
    const parts = [`Added "${label}" to "${snapshot.sheetName}": ${plan.written} value${plan.written === 1 ? '' : 's'}`];
    if (plan.unmatched.length) parts.push(`${plan.unmatched.length} name${plan.unmatched.length === 1 ? '' : 's'} matched no KPI`);
    if (report.columns.current !== undefined) parts.push('this tab is scored from its Actual column, so the new column is history only');
    const message = `${parts.join('; ')}. Score this sheet to refresh its statuses.`;
    showToast(snapshot.spreadsheet, message, 10);
    return { sheetName: snapshot.sheetName, rows: plan.written, matched: plan.matched, unmatched: plan.unmatched, missing: plan.missing, column: plan.afterColumn + 1, message };
  });
}

function noTableMessage(table: PastedTable): string {
  const problem = table.problems.find((p) => p.severity === 'error');
  if (problem) return problem.message;
  return 'No table found in the text: it needs a header row and at least one row of values';
}
