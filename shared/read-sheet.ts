import type { Cell, ReadSheetOptions, Settings, SheetReport } from './types';
import { isDateCell } from './is-date-cell';
import { cellText } from './cell-text';
import { conceptIndexes } from './concept-indexes';
import { dayParts, isoDate } from './calendar-day';
import { cellEvidence, decideDecimal } from './decimal-separator';
import { defaultSettings } from './default-settings';
import { findHeaderRow } from './find-header-row';
import { localDateCells } from './local-date-cells';
import { mapColumns } from './map-columns';
import { labelAmountLayout } from './label-amount-layout';
import { parseDateDay } from './parse-date';
import { parsePeriod, type Period } from './parse-period';
import { readKpiRows } from './read-kpi-rows';
import { kpiNameKey } from './kpi-name-key';
import { looksLikeOutline, readOkrRows } from './read-okr-rows';
import type { SheetContext } from './sheet-context';
import { calendarDayIn } from './calendar-day-in';

/** Headers that name a KPI column as such (not `Metric`/`Measure`, which OKR sheets use for key results). */
const KPI_HEADER = /^\s*(kpis?|kpi[\s_-]*(name|title)|kennzahlen?|indicateurs?|indicador(es)?|indicators?|key performance indicators?)\s*$/i;
const NUMERIC_CONCEPTS = ['start', 'target', 'current', 'weight', 'greenAt', 'redAt'] as const;
const PERIOD_IN_TITLE = /\b(?:FY\s?'?\d{2,4}\s*)?Q[1-4][\s-]*(?:FY|Y)?\s?\d{4}\b|\b\d{4}[\s-]*Q[1-4]\b|\bH[12]\s*\d{4}\b|\bFY\s?'?\d{2,4}\b/i;

/**
 * Reads a sheet's cells (as `Range.getValues()` or the Sheets API returns them) into scored objectives
 * and key results, or KPIs, with problems and skipped rows (docs/scoring.md). Finds the header row
 * below any title rows, maps columns by synonym (or the team's `column:` settings), tells an OKR sheet
 * from a KPI sheet, and never throws on user data.
 *
 * `asOf`: the team's `As-of date` setting when set, else `options.asOf`, else today (UTC, or
 * `options.timeZone`).
 *
 * @example
 * const report = readSheet([
 *   ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current', 'Period'],
 *   ['Delight customers', 'Raise CSAT from 65% to 75%', 'ana@example.com', '65%', '75%', '71%', 'Q3 2026'],
 * ], { asOf: '2026-08-15' });
 * report.objectives[0].keyResults[0].score // 0.6
 */
export function readSheet(values: Cell[][], options: ReadSheetOptions = {}): SheetReport {
  const settings: Settings = { ...defaultSettings, ...options.settings, columns: { ...defaultSettings.columns, ...options.settings?.columns } };
  const asOfDay = resolveAsOf(settings.asOf ?? options.asOf, options.timeZone);
  const locale = options.locale ?? settings.locale ?? undefined;
  let rows: Cell[][] = Array.isArray(values) ? values.map((r) => (Array.isArray(r) ? r : [])) : [];
  if (options.timeZone) rows = localDateCells(rows, options.timeZone);
  const report: SheetReport = { kind: 'okr', headerRow: 1, objectives: [], kpis: [], problems: [], skipped: [], columns: {}, headers: [], asOf: isoDate(asOfDay) };
  if (rows.length === 0) return report;

  let headerIndex = findHeaderRow(rows, settings.columns);
  // No header the synonyms name: an accounting statement or a plain list (labels and amounts) is a KPI list.
  const statement = headerIndex < 0 ? labelAmountLayout(rows) : null;
  if (statement) headerIndex = statement.headerIndex;
  if (headerIndex < 0) {
    report.problems.push({
      row: 1,
      column: null,
      value: null,
      severity: 'error',
      message: 'Row 1: no header row found — put a header such as Objective, Key result, Owner, Start, Target, Current (or KPI, Target, Actual) above the data',
    });
    return report;
  }
  const year = dayParts(asOfDay).year;
  const map = mapColumns(rows, headerIndex, settings.columns, sheetYear(rows, headerIndex) ?? year, { asOfDay, fiscalYearStart: settings.fiscalYearStart });
  if (statement) {
    if (map.columns.kpi === undefined && map.columns.title === undefined && map.columns.objective === undefined) map.columns.kpi = statement.label;
    if (map.columns.current === undefined && map.periods.length === 0) map.columns.current = statement.amount;
  }
  const c = map.columns;
  if (c.objective !== undefined && c.kpi !== undefined && c.keyResult === undefined && c.rowType === undefined && okrOnly(c, KPI_HEADER.test(map.headers[c.kpi] ?? ''))) {
    // `Objective | Metric | Baseline | Target | Current`: the metric column holds the key results.
    c.keyResult = c.kpi;
    delete c.kpi;
  }
  // The columns are final from here on: `ctx.concepts` is built from them.
  const decimals = decideDecimals(rows, headerIndex, [...NUMERIC_CONCEPTS.map((c) => map.columns[c]), ...map.periods.map((p) => p.index)], locale);
  const sheetPeriod = periodAbove(rows, headerIndex, year);
  const ctx: SheetContext = {
    values: rows,
    headerIndex,
    map,
    concepts: conceptIndexes(c),
    settings,
    locale,
    asOfDay,
    decimals,
    sheetPeriod,
    year: sheetPeriod ? dayParts(sheetPeriod.start).year : year,
    problems: report.problems,
    skipped: report.skipped,
    kpiActuals: null,
    ...(options.displayValues ? { displays: options.displayValues } : {}),
  };
  report.headerRow = headerIndex + 1;
  report.columns = map.columns;
  report.headers = map.headers;
  const isOkr =
    (c.objective !== undefined && c.kpi === undefined) || c.keyResult !== undefined || c.rowType !== undefined || (c.parent !== undefined && c.kpi === undefined) ||
    // `Id | Title | Aligned To | Metric Name`: an OKR-tool export whose titles are the text, not a KPI list.
    (c.parent !== undefined && c.title !== undefined && !KPI_HEADER.test(map.headers[c.kpi!] ?? '')) ||
    (c.kpi === undefined && looksLikeOutline(ctx));
  if (isOkr) {
    report.kind = 'okr';
    if (options.kpis && c.linkedKpi !== undefined) {
      const kpis = typeof options.kpis === 'function' ? options.kpis() : options.kpis;
      ctx.kpiActuals = new Map(kpis.map((k) => [kpiNameKey(k.name), k.actual]));
    }
    report.objectives = readOkrRows(ctx);
  } else {
    report.kind = 'kpi';
    if (c.current === undefined && map.periods.length > 0) report.periodColumns = map.periods.map((p) => p.index);
    report.kpis = readKpiRows(ctx);
  }
  report.problems.sort((a, b) => a.row - b.row);
  return report;
}

/**
 * Columns only an OKR sheet has (a period, a due date, a KR kind, a commitment, a weight; a start value
 * unless the column is named `KPI`).
 * An `Objective` + `KPI` sheet without any of them is a KPI register grouped by objective.
 */
function okrOnly(c: SheetReport['columns'], namedKpi: boolean): boolean {
  // A baseline is also kept in KPI registers: it only tips a `Metric`/`Measure` column, not one named `KPI`.
  return (!namedKpi && c.start !== undefined) || c.period !== undefined || c.due !== undefined || c.kind !== undefined || c.commitment !== undefined || c.weight !== undefined;
}

function resolveAsOf(asOf: Date | string | null | undefined, timeZone: string | undefined): number {
  if (typeof asOf === 'string') {
    const day = parseDateDay(asOf);
    if (day !== null) return day;
  }
  const date = isDateCell(asOf) && !Number.isNaN(asOf.getTime()) ? asOf : new Date();
  // An unknown time zone falls back to UTC.
  const dayIn = timeZone ? calendarDayIn(timeZone) : null;
  return dayIn ? dayIn(date) : Math.floor(date.getTime() / 86_400_000);
}

/** A period named in the title rows above the header (`Growth team OKRs — Q3 2026`). */
function periodAbove(rows: Cell[][], headerIndex: number, year: number): Period | null {
  for (let r = 0; r < headerIndex; r++) {
    for (const cell of rows[r]!) {
      const text = cellText(cell);
      if (!text) continue;
      const m = PERIOD_IN_TITLE.exec(text);
      if (m) {
        const p = parsePeriod(m[0], { year });
        if (p) return p;
      }
    }
  }
  return null;
}

function sheetYear(rows: Cell[][], headerIndex: number): number | null {
  const p = periodAbove(rows, headerIndex, 0);
  return p ? dayParts(p.start).year : null;
}

/**
 * The decimal separator of each numeric column, inferred per column (docs/scoring.md, "Reading values"). A column that no
 * cell decides (`2.000`, `1,234`) follows the locale when one is known, else the other columns of the
 * same sheet, else `.`.
 */
function decideDecimals(rows: Cell[][], headerIndex: number, indexes: (number | undefined)[], locale: string | undefined): Map<number, '.' | ','> {
  const decided = new Map<number, '.' | ','>();
  const undecided: number[] = [];
  let allDot = 0;
  let allComma = 0;
  const columns = [...new Set(indexes)].filter((c): c is number => c !== undefined);
  const dots = columns.map(() => 0);
  const commas = columns.map(() => 0);
  // Row by row (each row's cells sit together in memory), counting per column.
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r]!;
    for (let k = 0; k < columns.length; k++) {
      const cell = row[columns[k]!];
      if (typeof cell !== 'string' || cell === '') continue;
      const e = cellEvidence(cell);
      if (e === '.') dots[k]!++;
      else if (e === ',') commas[k]!++;
    }
  }
  for (let k = 0; k < columns.length; k++) {
    const c = columns[k]!;
    const dot = dots[k]!;
    const comma = commas[k]!;
    if (dot + comma > 0) {
      decided.set(c, decideDecimal(dot, comma, locale));
      allDot += dot;
      allComma += comma;
    } else undecided.push(c);
  }
  const fallback = locale ? decideDecimal(0, 0, locale) : decideDecimal(allDot, allComma);
  for (const c of undecided) decided.set(c, fallback);
  return decided;
}
