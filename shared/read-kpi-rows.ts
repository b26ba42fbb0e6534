import type { Cell, KpiHistoryPoint, KpiResult, Trend } from './types';
import { cellText, isBlankCell } from './cell-text';
import { isoDate } from './calendar-day';
import { isDateCell } from './is-date-cell';
import { cachedPeriod } from './cached-period';
import { parseDateDay } from './parse-date';
import { parseNumber } from './parse-number';
import { valueNote } from './value-note';
import { scale, scoreKpiCells, type KpiColumn, type ScoreKpiOptions } from './score-kpi-cells';
import { rowValueFormat } from './row-value-format';
import { addProblem, cellAt, forEachDataRow, conceptDecimal, conceptHeader, type SheetContext } from './sheet-context';

const MAX_KPIS = 12;

/** One row of a long layout: the KPI it reads, where its period falls, and its label. */
interface LongEntry {
  kpi: KpiResult;
  /** First day of the row's period, or NaN when the period cell names none. */
  day: number;
  period: string;
}

/**
 * Reads the data rows of a KPI sheet (docs/scoring.md, KPI layouts): one KPI per row with an `Actual`
 * column; a wide sheet with one column per period (the latest non-empty period is the actual, the one
 * before gives the trend); or a long sheet, one row per KPI per period (`KPI | Month | Target | Actual`,
 * `kpi_id | period | value | target`, `Date | Metric | Value`): rows of the same KPI (its id, else its
 * name) are one KPI, ordered by period (else by row), whose latest period with an actual gives the actual
 * and its own target, and whose rows are its history.
 */
export function readKpiRows(ctx: SheetContext): KpiResult[] {
  const cols = ctx.map.columns;
  const nameConcept = cols.kpi !== undefined ? 'kpi' : cols.title !== undefined ? 'title' : cols.objective !== undefined ? 'objective' : 'keyResult';
  const nameIndex = cols[nameConcept] ?? cols.id ?? firstTextColumn(ctx);
  const periodCols = cols.current === undefined ? ctx.map.periods : [];
  const kpis: KpiResult[] = [];
  // Long layout: an actual column, and a period (or date) column telling which period each row is; or,
  // before any actual is in, a target per KPI per period (`KPI | Target | Period`).
  const targetsOnly = cols.current === undefined && cols.target !== undefined && ctx.map.periods.length === 0 && ctx.concepts.period >= 0;
  const periodIndex = targetsOnly ? ctx.concepts.period : cols.current === undefined ? -1 : ctx.concepts.period >= 0 ? ctx.concepts.period : ctx.concepts.date;
  const long = periodIndex >= 0;
  const idIndex = long && cols.id !== undefined && cols.id !== nameIndex ? cols.id : -1;
  const teamIndex = ctx.concepts.team;
  const groups = new Map<string, LongEntry[]>();
  const options: ScoreKpiOptions = {
    locale: ctx.locale,
    settings: ctx.settings,
    decimals: { actual: conceptDecimal(ctx, 'current'), target: conceptDecimal(ctx, 'target'), greenAt: conceptDecimal(ctx, 'greenAt'), redAt: conceptDecimal(ctx, 'redAt'), start: conceptDecimal(ctx, 'start') },
  };
  const values: (number | null)[] = periodCols.map(() => null);
  // Wide sheets: the options for an actual read from each period column, made once (not per row).
  const periodOptions: ScoreKpiOptions[] = periodCols.map((p) => ({ ...options, decimals: { ...options.decimals, actual: ctx.decimals.get(p.index) } }));

  forEachDataRow(ctx, (row, sheetRow) => {
    const name = nameIndex === undefined ? '' : cellText(row[nameIndex]);
    if (!name) {
      ctx.skipped.push({ row: sheetRow, reason: 'no KPI name' });
      return;
    }
    if (row.every((cell, c) => c === nameIndex || isBlankCell(cell))) {
      ctx.skipped.push({ row: sheetRow, reason: 'section heading (a label with no values)' });
      return;
    }

    let actualCell: Cell = cellAt(row, ctx.concepts.current);
    let actualPeriod: string | null = null;
    let rowOptions = options;
    let latest = -1;
    if (periodCols.length > 0) {
      for (let i = 0; i < periodCols.length; i++) {
        const cell = row[periodCols[i]!.index] ?? '';
        const v = cellText(cell) === '' ? null : periodValue(cell, ctx.locale, ctx.decimals.get(periodCols[i]!.index));
        values[i] = v;
        if (v !== null) latest = i;
      }
      if (latest >= 0) {
        const p = periodCols[latest]!;
        actualCell = row[p.index] ?? '';
        actualPeriod = p.label;
        rowOptions = periodOptions[latest]!;
      } else actualCell = '';
    }

    const scored = scoreKpiCells(
      {
        actual: actualCell,
        target: cellAt(row, ctx.concepts.target),
        direction: cellAt(row, ctx.concepts.direction),
        tolerance: cellAt(row, ctx.concepts.tolerance),
        greenAt: cellAt(row, ctx.concepts.greenAt),
        redAt: cellAt(row, ctx.concepts.redAt),
        unit: cellAt(row, ctx.concepts.unit),
        start: cellAt(row, ctx.concepts.start),
        name,
      },
      rowOptions,
    );
    if (scored.error) {
      const concept = ({ actual: 'current', target: 'target', direction: 'direction', tolerance: 'tolerance', greenAt: 'greenAt', redAt: 'redAt' } as const)[scored.error.column as KpiColumn];
      const header = scored.error.column === 'actual' && actualPeriod ? actualPeriod : conceptHeader(ctx, concept, scored.error.column);
      addProblem(ctx, sheetRow, header, scored.error.value, 'error', scored.error.message.slice(scored.error.message.indexOf(':') + 2));
    }
    if (scored.overruledDirection) {
      const text = cellText(cellAt(row, ctx.concepts.direction));
      const target = cellText(cellAt(row, ctx.concepts.target));
      addProblem(ctx, sheetRow, conceptHeader(ctx, 'direction', 'Direction'), text, 'warning', `"${text}" says ${scored.overruledDirection} is better, but the target "${target}" says ${scored.direction} — the target's comparator was used; make the two agree`);
    }
    if (scored.unknownDirection) {
      const text = cellText(cellAt(row, ctx.concepts.direction));
      addProblem(ctx, sheetRow, conceptHeader(ctx, 'direction', 'Direction'), text, 'warning', `"${text}" is not a direction — write higher, lower or range; ${scored.direction} was used`);
    }
    let history: KpiHistoryPoint[] | undefined;
    let previous: number | null = null;
    if (periodCols.length > 0) {
      // Wide: each period's value on the scale of the actual; every period has the row's one target.
      history = new Array<KpiHistoryPoint>(periodCols.length);
      for (let i = 0; i < periodCols.length; i++) {
        const v = values[i]!;
        const actual = v === null || !scored.percent ? v : scale(v, true, cellText(row[periodCols[i]!.index] ?? '').includes('%'));
        history[i] = { period: periodCols[i]!.label, actual, target: scored.target };
        if (i < latest && actual !== null) previous = actual;
      }
    }
    const kpi: KpiResult = {
      row: sheetRow,
      name,
      owner: cellText(cellAt(row, ctx.concepts.owner)) || null,
      direction: scored.direction,
      target: scored.target,
      low: scored.low,
      high: scored.high,
      actual: scored.actual,
      previous,
      trend: trendOf(scored.actual, previous),
      status: scored.status,
      trendGood: null,
      unit: cellText(cellAt(row, ctx.concepts.unit)) || null,
      format: rowValueFormat(ctx, row, sheetRow, [periodCols.find((p) => p.label === actualPeriod)?.index ?? ctx.concepts.current, ctx.concepts.target, ctx.concepts.start], {
        unit: cellText(cellAt(row, ctx.concepts.unit)),
        percent: scored.percent,
      }),
      history,
      actualPeriod,
      team: cellText(cellAt(row, teamIndex)) || null,
    };
    if (scored.guessedFrom) {
      kpi.directionGuessed = true;
      kpi.directionGuessedFrom = scored.guessedFrom;
    }
    kpi.trendGood = trendGood(kpi);

    if (long) {
      const periodCell = row[periodIndex] ?? '';
      const id = idIndex >= 0 ? cellText(row[idIndex]) : '';
      const key = id ? `#${id}` : teamIndex >= 0 ? `${cellText(row[teamIndex]).toLowerCase()}\u0000${name.toLowerCase()}` : name.toLowerCase();
      const entry: LongEntry = { kpi, day: periodDay(ctx, periodCell), period: periodLabel(periodCell) };
      const entries = groups.get(key);
      if (entries) entries.push(entry);
      else {
        groups.set(key, [entry]);
        kpis.push(kpi);
      }
      return;
    }
    kpis.push(kpi);
  }, (row) => !isBlankCell(cellAt(row, ctx.concepts.target)));

  if (long) {
    let i = 0;
    for (const entries of groups.values()) kpis[i++] = longKpi(entries);
  }

  for (const k of kpis) {
    if (!k.owner) addProblem(ctx, k.row, conceptHeader(ctx, 'owner', 'Owner'), '', 'warning', `"${k.name}" has no owner — write who is accountable for it`);
    if (k.directionGuessed) {
      const word = k.directionGuessedFrom ?? '';
      addProblem(
        ctx,
        k.row,
        nameIndex === undefined ? null : ctx.map.headers[nameIndex] || null,
        k.name,
        'warning',
        `direction guessed from "${word}" in "${k.name}": lower is better — add a Direction column saying higher or lower to state it`,
      );
    }
  }
  if (kpis.length > MAX_KPIS) {
    addProblem(ctx, ctx.headerIndex + 1, null, String(kpis.length), 'warning', `this sheet tracks ${kpis.length} KPIs — 8 to 12 keep a scorecard readable`);
  }
  return kpis;
}

/**
 * One KPI from its long-layout rows: ordered by period when every row names one (else by row), the latest
 * row with an actual gives the actual, its target and status; the one before with an actual the trend.
 */
function longKpi(entries: LongEntry[]): KpiResult {
  if (entries.every((e) => !Number.isNaN(e.day))) entries.sort((a, b) => a.day - b.day || a.kpi.row - b.kpi.row);
  let latest = entries.length - 1;
  while (latest > 0 && entries[latest]!.kpi.actual === null) latest--;
  if (entries[latest]!.kpi.actual === null) latest = entries.length - 1;
  let before = latest - 1;
  while (before >= 0 && entries[before]!.kpi.actual === null) before--;
  const k = entries[latest]!.kpi;
  k.history = entries.map((e) => ({ period: e.period, actual: e.kpi.actual, target: e.kpi.target }));
  k.rows = entries.map((e) => e.kpi.row);
  k.actualPeriod = entries[latest]!.period || null;
  k.previous = before >= 0 ? entries[before]!.kpi.actual : null;
  k.trend = trendOf(k.actual, k.previous);
  k.trendGood = trendGood(k);
  return k;
}

/** The first day of the period a long layout's period cell names (`Jan` in the sheet's year, `2025-Q1`, `Mar 2026`, a date), or NaN. */
function periodDay(ctx: SheetContext, cell: Cell): number {
  if (typeof cell === 'number' || isDateCell(cell)) return parseDateDay(cell) ?? NaN;
  const text = cellText(cell);
  if (!text) return NaN;
  const p = cachedPeriod(text, ctx.year, ctx.settings.fiscalYearStart);
  if (p) return p.start;
  return parseDateDay(text, { locale: ctx.locale, year: ctx.year }) ?? NaN;
}

function periodLabel(cell: Cell): string {
  if (isDateCell(cell)) {
    const day = parseDateDay(cell);
    return day === null ? cellText(cell) : isoDate(day);
  }
  return cellText(cell);
}

/** A wide sheet's period cell: a number, or a number with a note (`9 (80%)`, `1,868(-1.0%)`, `40*`). */
function periodValue(cell: Cell, locale: string | undefined, decimal: '.' | ',' | undefined): number | null {
  const v = parseNumber(cell, { locale, decimal });
  if (v !== null || typeof cell !== 'string') return v;
  const noted = valueNote(cell);
  return noted ? parseNumber(noted.value, { locale, decimal }) : null;
}

const NAME_SAMPLE = 50;

/**
 * The name column when no header names one: among the columns no header maps, the text column
 * (text in the first data row) whose values differ most over the first rows, leftmost on a tie — the
 * goal's text (`Role Specific Goal`), not a category beside it (`Core Goal`: Core / Non-Core).
 */
function firstTextColumn(ctx: SheetContext): number | undefined {
  const row = ctx.values[ctx.headerIndex + 1];
  if (!row) return undefined;
  const mapped = new Set<number>(Object.values(ctx.map.columns));
  for (const p of ctx.map.periods) mapped.add(p.index);
  const end = Math.min(ctx.values.length, ctx.headerIndex + 1 + NAME_SAMPLE);
  let best: number | undefined;
  let bestDistinct = 0;
  for (let c = 0; c < row.length; c++) {
    const first = row[c];
    if (mapped.has(c) || typeof first !== 'string' || first.trim() === '' || parseNumber(first) !== null) continue;
    const seen = new Set<string>();
    for (let r = ctx.headerIndex + 1; r < end; r++) {
      const text = cellText(ctx.values[r]?.[c] ?? '');
      if (text) seen.add(text);
    }
    if (seen.size > bestDistinct) {
      best = c;
      bestDistinct = seen.size;
    }
  }
  if (best !== undefined) return best;
  const i = row.findIndex((c) => typeof c === 'string' && c.trim() !== '' && parseNumber(c) === null);
  return i >= 0 ? i : undefined;
}

function trendOf(actual: number | null, previous: number | null): Trend | null {
  if (actual === null || previous === null) return null;
  const eps = 1e-9 * Math.max(1, Math.abs(previous));
  return actual > previous + eps ? 'up' : actual < previous - eps ? 'down' : 'flat';
}

function trendGood(k: KpiResult): boolean | null {
  if (!k.trend || k.trend === 'flat' || k.actual === null || k.previous === null || k.previous === undefined) return null;
  if (k.direction === 'higher') return k.trend === 'up';
  if (k.direction === 'lower') return k.trend === 'down';
  const distance = (v: number) => (k.low !== null && k.low !== undefined && v < k.low ? k.low - v : k.high !== null && k.high !== undefined && v > k.high ? v - k.high : 0);
  const before = distance(k.previous);
  const now = distance(k.actual);
  return now === before ? null : now < before;
}
