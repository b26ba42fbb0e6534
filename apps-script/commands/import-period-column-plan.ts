import type { Cell, PastedTable, SheetReport } from '../../shared/types';
import { cellText } from '../../shared/cell-text';
import { matchKpiNames } from '../../shared/match-kpi-names';
import { parsePeriod } from '../../shared/parse-period';
import { importCell } from './import-cell';
import { formatKind, type ImportCellKind } from './import-cell-kinds';
import { importNumberFormat, TEXT_FORMAT, type ImportColumnKind } from './import-number-format';
import { ImportRequestError } from './import-request-error';

export interface PeriodColumnInput {
  table: PastedTable;
  /** readSheet of the KPI tab (its add-on output columns left out). */
  report: SheetReport;
  /** For each column of the values readSheet read (0-based), its 1-based column in the tab. */
  sheetColumns: readonly number[];
  nameColumn: number;
  valueColumn: number;
  period: string;
  /** How each pasted number was written (importCellKinds), to format mixed units cell by cell. */
  cellKinds?: (ImportCellKind | null)[][] | null;
}

/** One new column for a KPI tab: where it goes and what it holds, for one setValues and one setNumberFormats. */
export interface PeriodColumnPlan {
  /** The new column is inserted right after this 1-based column of the tab. */
  afterColumn: number;
  /** The 1-based row of `grid[0]` (the tab's header row). */
  fromRow: number;
  /** One cell per row: the period label, then each row's value ('' where no KPI matched). */
  grid: Cell[][];
  formats: string[][];
  matched: number;
  unmatched: string[];
  missing: string[];
  /** Values written (matched names with a value). */
  written: number;
}

/**
 * Plans "add the values as a new period column" on a KPI tab: the pasted metric names are matched to
 * the tab's KPI names (matchKpiNames: case-insensitive, account codes ignored when unambiguous), each
 * matched value goes on that KPI's row, under a header holding the period label. The column goes right
 * after the tab's last period column (or after its last column when it has none). Pure; throws an
 * ImportRequestError when the label is not a period (the engine would not read the column), the tab
 * already has that period, the tab is a long Date/Metric/Value list, or a column is out of the table.
 */
export function importPeriodColumnPlan(input: PeriodColumnInput): PeriodColumnPlan {
  const { table, report } = input;
  const label = cellText(input.period);
  const header = table.values[0] ?? [];
  for (const [what, c] of [['metric name', input.nameColumn], ['value', input.valueColumn]] as const) {
    if (!Number.isInteger(c) || c < 0 || c >= header.length) throw new ImportRequestError(`Choose the pasted column that holds the ${what}s`);
  }
  if (!label) throw new ImportRequestError('Write the period these values are for, e.g. Nov 2026');
  if (!parsePeriod(label)) {
    throw new ImportRequestError(`"${label}" is not a period the scorecard reads — write one like Nov 2026, 2026-11, Q4 2026 or 2026`);
  }
  const periodColumns = report.periodColumns ?? [];
  if (report.columns.date !== undefined && periodColumns.length === 0) {
    throw new ImportRequestError('This tab keeps one row per date (Date, Metric, Value), so it has no period columns — import into a new tab instead');
  }
  const key = label.toLowerCase();
  if (report.headers.some((h) => h.trim().toLowerCase() === key)) {
    throw new ImportRequestError(`This tab already has a "${label}" column — pick another period or edit that column`);
  }

  const data = table.values.slice(1);
  const names = data.map((row) => cellText(row[input.nameColumn]));
  const match = matchKpiNames(report.kpis.map((k) => k.name), names);

  const lastIndex = periodColumns.length ? Math.max(...periodColumns) : lastHeaderIndex(report.headers);
  const afterColumn = input.sheetColumns[lastIndex] ?? lastIndex + 1;
  const fromRow = report.headerRow;
  const lastRow = Math.max(fromRow, ...report.kpis.map((k) => k.row));
  const column: Cell[] = Array.from({ length: lastRow - fromRow + 1 }, () => '');
  column[0] = importCell(label);
  const columnKind: ImportColumnKind = table.columnFormats?.[input.valueColumn] ?? 'text';
  const rowKinds: ImportColumnKind[] = column.map(() => columnKind);
  const groups = new Map<ImportColumnKind, Cell[]>();
  let written = 0;
  match.sheetIndex.forEach((s, p) => {
    if (s === null) return;
    const value = data[p]?.[input.valueColumn] ?? '';
    const at = report.kpis[s]!.row - fromRow;
    column[at] = importCell(value);
    const cell = input.cellKinds?.[p + 1]?.[input.valueColumn] ?? null;
    const kind = formatKind(columnKind, cell);
    rowKinds[at] = kind;
    groups.set(kind, [...(groups.get(kind) ?? []), value]);
    if (cellText(value) !== '') written++;
  });
  const formatOf = (kind: ImportColumnKind): string => importNumberFormat(kind, groups.get(kind) ?? [], table.currency, table.decimal ?? '.');
  return {
    afterColumn,
    fromRow,
    grid: column.map((cell) => [cell]),
    formats: column.map((_, i) => [i === 0 ? TEXT_FORMAT : formatOf(rowKinds[i]!)]),
    matched: match.matched,
    unmatched: match.unmatched,
    missing: match.missing,
    written,
  };
}

function lastHeaderIndex(headers: readonly string[]): number {
  for (let i = headers.length - 1; i >= 0; i--) if (headers[i]) return i;
  return 0;
}
