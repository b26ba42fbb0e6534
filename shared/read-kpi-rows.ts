import type { Cell, KpiResult, Trend } from './types';
import { cellText, isBlankCell } from './cell-text';
import { parseDateDay } from './parse-date';
import { parseNumber } from './parse-number';
import { scale, scoreKpiCells, type KpiColumn } from './score-kpi-cells';
import { rowValueFormat } from './row-value-format';
import { addProblem, cellAt, forEachDataRow, conceptDecimal, conceptHeader, type SheetContext } from './sheet-context';

const MAX_KPIS = 12;

/**
 * Reads the data rows of a KPI sheet: one KPI per row with an `Actual` column, or a wide sheet with one
 * column per period (the latest non-empty period is the actual, the one before gives the trend), or a
 * long sheet (`Date, Metric, Value`) where each metric's latest dated row is its actual.
 */
export function readKpiRows(ctx: SheetContext): KpiResult[] {
  const nameConcept = ctx.map.columns.kpi !== undefined ? 'kpi' : ctx.map.columns.title !== undefined ? 'title' : ctx.map.columns.objective !== undefined ? 'objective' : 'keyResult';
  const nameIndex = ctx.map.columns[nameConcept] ?? firstTextColumn(ctx);
  const periodCols = ctx.map.columns.current === undefined ? ctx.map.periods : [];
  const kpis: KpiResult[] = [];
  const long = ctx.map.columns.date !== undefined && ctx.map.columns.current !== undefined;
  const latestByName = new Map<string, { kpi: KpiResult; day: number; history: { day: number; label: string; value: number | null }[] }>();

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
    let previous: number | null = null;
    let actualPeriod: string | null = null;
    let history: KpiResult['history'];
    let actualDecimal = conceptDecimal(ctx, 'current');
    if (periodCols.length > 0) {
      history = [];
      let latest = -1;
      let before = -1;
      periodCols.forEach((p, i) => {
        const cell = row[p.index] ?? '';
        const v = cellText(cell) === '' ? null : parseNumber(cell, { locale: ctx.locale, decimal: ctx.decimals.get(p.index) });
        history!.push({ label: p.label, value: v });
        if (v !== null) {
          before = latest;
          latest = i;
        }
      });
      if (latest >= 0) {
        const p = periodCols[latest]!;
        actualCell = row[p.index] ?? '';
        actualDecimal = ctx.decimals.get(p.index);
        actualPeriod = p.label;
        if (before >= 0) previous = history[before]!.value;
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
      },
      {
        locale: ctx.locale,
        settings: ctx.settings,
        decimals: { actual: actualDecimal, target: conceptDecimal(ctx, 'target'), greenAt: conceptDecimal(ctx, 'greenAt'), redAt: conceptDecimal(ctx, 'redAt') },
      },
    );
    if (scored.error) {
      const concept = ({ actual: 'current', target: 'target', direction: 'direction', tolerance: 'tolerance', greenAt: 'greenAt', redAt: 'redAt' } as const)[scored.error.column as KpiColumn];
      const header = scored.error.column === 'actual' && actualPeriod ? actualPeriod : conceptHeader(ctx, concept, scored.error.column);
      addProblem(ctx, sheetRow, header, scored.error.value, 'error', scored.error.message.slice(scored.error.message.indexOf(':') + 2));
    }
    if (scored.unknownDirection) {
      const text = cellText(cellAt(row, ctx.concepts.direction));
      addProblem(ctx, sheetRow, conceptHeader(ctx, 'direction', 'Direction'), text, 'warning', `"${text}" is not a direction — write higher, lower or range; ${scored.direction} was used`);
    }
    if (history && scored.percent) {
      history = history.map((h, i) => ({ label: h.label, value: h.value === null ? null : scale(h.value, true, cellText(row[periodCols[i]!.index] ?? '').includes('%')) }));
      const idx = history.findIndex((h) => h.label === actualPeriod);
      previous = null;
      for (let i = idx - 1; i >= 0; i--) if (history[i]!.value !== null) { previous = history[i]!.value; break; }
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
      team: cellText(cellAt(row, ctx.concepts.team)) || null,
    };
    kpi.trendGood = trendGood(kpi);

    if (long) {
      const day = parseDateDay(cellAt(row, ctx.concepts.date), { locale: ctx.locale, year: ctx.year }) ?? -Infinity;
      const key = name.toLowerCase();
      const seen = latestByName.get(key);
      const point = { day, label: cellText(cellAt(row, ctx.concepts.date)), value: scored.actual };
      if (!seen) {
        latestByName.set(key, { kpi, day, history: [point] });
        kpis.push(kpi);
        return;
      }
      seen.history.push(point);
      if (day >= seen.day) {
        kpis[kpis.indexOf(seen.kpi)] = kpi;
        seen.kpi = kpi;
        seen.day = day;
      }
      return;
    }
    kpis.push(kpi);
  }, (row) => !isBlankCell(cellAt(row, ctx.concepts.target)));


  if (long) {
    for (const entry of latestByName.values()) {
      const points = entry.history.sort((a, b) => a.day - b.day);
      const k = entry.kpi;
      k.history = points.map((p) => ({ label: p.label, value: p.value }));
      const prev = points.length >= 2 ? points[points.length - 2]!.value : null;
      k.previous = prev;
      k.actualPeriod = points[points.length - 1]?.label ?? null;
      k.trend = trendOf(k.actual, prev);
      k.trendGood = trendGood(k);
    }
  }

  for (const k of kpis) {
    if (!k.owner) addProblem(ctx, k.row, conceptHeader(ctx, 'owner', 'Owner'), '', 'warning', `"${k.name}" has no owner — write who is accountable for it`);
  }
  if (kpis.length > MAX_KPIS) {
    addProblem(ctx, ctx.headerIndex + 1, null, String(kpis.length), 'warning', `this sheet tracks ${kpis.length} KPIs — 8 to 12 keep a scorecard readable`);
  }
  return kpis;
}

function firstTextColumn(ctx: SheetContext): number | undefined {
  const row = ctx.values[ctx.headerIndex + 1];
  if (!row) return undefined;
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
