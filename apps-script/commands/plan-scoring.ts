import type { Cell, Problem, Settings, SheetReport } from '../../shared/types';
import { defaultSettings } from '../../shared/default-settings';
import { readSettings } from '../../shared/read-settings';
import { readSheet } from '../../shared/read-sheet';
import { OUTPUT_HEADERS, OUTPUT_ROLES, type OutputRole } from '../names/output-role';
import type { OutputBlock, OutputColumn, ScoringPlan } from '../plans/scoring-plan';
import type { HistoryPlan } from '../plans/history-plan';
import { roundScore } from './round-score';
import { sparklineFormula } from './sparkline-formula';
import { columnSparklineFormula } from './column-sparkline-formula';
import { planHistory, type HistoryInput } from './plan-history';
import { krSparklineFormula } from './kr-sparkline-formula';

/** A KPI a key result can link to (readSheet's `kpis` option). */
export type LinkedKpi = { name: string; actual: number | null };

export interface ScoringInput {
  /** The sheet's cells (getDataRange().getValues()), output columns included. */
  values: Cell[][];
  /** The same cells as shown (getDisplayValues), when read: the report's values keep their format. */
  displayValues?: Cell[][];
  /** Output columns already in the sheet. */
  outputs: OutputColumn[];
  /** The `Scorecard settings` tab's cells, or null when there is no such tab. */
  settingsValues: Cell[][] | null;
  /** Today in the spreadsheet's time zone (ISO); the team's As-of date setting wins over it. */
  today: string;
  /** The spreadsheet's locale (`en-US`), or null; the team's Locale setting wins over it. */
  locale: string | null;
  /** The spreadsheet's time zone: date cells are read as the calendar day they show there. */
  timeZone?: string;
  /**
   * Only write these sheet rows (1-based, inclusive), given the report — for onEdit; default all rows.
   * When set, no output column is created (only existing ones are written).
   */
  rows?: (report: SheetReport) => { from: number; to: number } | null;
  /**
   * The spreadsheet's KPIs, for key results whose `Linked KPI` column names one. Called only when the
   * sheet is an OKR sheet with a Linked KPI column (reading the KPI tabs costs calls that ordinary
   * scoring does not make): it is passed to readSheet as its lazy `kpis` option.
   */
  kpis?: () => readonly LinkedKpi[];
  /**
   * The history tab, for OKR sheets: today's row of every KR is recorded (when `record`), each KR keeps
   * or gets its `Scorecard id`, and the Trend and Since last check-in columns are filled from it.
   */
  history?: Omit<HistoryInput, 'assignIds'>;
}

/**
 * Plans a "Score this sheet": reads the sheet with readSheet (the add-on's own output columns are taken
 * out first, so they are never read back as input) and lays out what goes in each output column —
 * Score, Status and Expected by today for key results and for objectives on their own rows, the
 * objective's weighted roll-up (and its status) when objectives share rows with key results, Status and
 * Trend for KPIs (on a long layout's latest row of each KPI), plus a Trend sparkline formula on wide and long KPI sheets. Pure (but for the `kpis` callback, which
 * reads): everything is computed before anything is written.
 */
export function planScoring(input: ScoringInput): ScoringPlan {
  const { settings, problems: settingsProblems } = input.settingsValues
    ? readSettings(input.settingsValues)
    : { settings: { ...defaultSettings, columns: {} } as Settings, problems: [] as Problem[] };

  // The `Scorecard id` column is read like the sheet's own columns: readSheet keys each KR by it.
  const owned = new Set(input.outputs.filter((o) => o.role !== 'id').map((o) => o.column - 1));
  const width = input.values.reduce((w, row) => Math.max(w, row.length), 0);
  const values = owned.size ? input.values.map((row) => row.filter((_, c) => !owned.has(c))) : input.values;
  const shown = input.displayValues && owned.size ? input.displayValues.map((row) => row.filter((_, c) => !owned.has(c))) : input.displayValues;
  // readSheet's 0-based columns (of `values`, output columns left out) → the sheet's 1-based columns.
  const kept: number[] = [];
  for (let c = 0; c < width; c++) if (!owned.has(c)) kept.push(c + 1);
  const options = {
    asOf: settings.asOf ?? input.today,
    locale: settings.locale ?? input.locale ?? undefined,
    settings,
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    ...(shown ? { displayValues: shown } : {}),
  };
  const report = readSheet(values, input.kpis ? { ...options, kpis: input.kpis } : options);
  const problems = [...settingsProblems, ...report.problems];
  const ok = report.objectives.length > 0 || report.kpis.length > 0;
  const plan: ScoringPlan = { report, settings, problems, ok, create: [], columns: [], blocks: [] };
  if (!ok) return plan;

  const cellsByRole = roleCells(report, (index) => kept[index] ?? index + 1);
  const existing = new Map<OutputRole, number>();
  for (const o of input.outputs) if (!existing.has(o.role)) existing.set(o.role, o.column);
  const lastRow = Math.max(input.values.length, report.headerRow);
  const span = input.rows ? input.rows(report) : { from: 1, to: lastRow };
  if (input.history && report.kind === 'okr') {
    const canWriteIds = input.history.record && (existing.has('id') || !input.rows);
    plan.history = planHistory(report, { ...input.history, assignIds: (row) => canWriteIds && !!span && row >= span.from && row <= span.to }, report.asOf, input.timeZone);
    plan.problems.push(...plan.history.problems);
    historyCells(report, plan.history, cellsByRole);
  }
  const needed = new Set<OutputRole>(Object.keys(cellsByRole) as OutputRole[]);
  let next = width + 1;
  for (const role of OUTPUT_ROLES) {
    if (existing.has(role)) plan.columns.push({ role, column: existing.get(role) as number });
    else if (needed.has(role) && !input.rows) {
      const column = next++;
      plan.create.push({ role, column });
      plan.columns.push({ role, column });
    }
  }

  const idColumn = plan.columns.find((c) => c.role === 'id')?.column;
  const sparklines = plan.history ? cellsByRole.sparkline : undefined;
  if (sparklines && idColumn) for (const row of plan.history!.ids.keys()) sparklines.set(row, krSparklineFormula(row, idColumn) ?? '');
  if (!span) return plan;
  const from = Math.max(1, span.from);
  const to = Math.min(lastRow, span.to);
  if (to < from) return plan;

  const sorted = [...plan.columns].sort((a, b) => a.column - b.column);
  let run: OutputColumn[] = [];
  const flush = (): void => {
    if (!run.length) return;
    const roles = run.map((o) => o.role);
    const rows: Cell[][] = [];
    for (let r = from; r <= to; r++) {
      rows.push(roles.map((role) => (r === report.headerRow ? OUTPUT_HEADERS[role] : cellsByRole[role]?.get(r) ?? '')));
    }
    plan.blocks.push({ column: run[0]!.column, fromRow: from, roles, values: rows });
    run = [];
  };
  for (const o of sorted) {
    const last = run[run.length - 1];
    if (last && o.column !== last.column + 1) flush();
    run.push(o);
  }
  flush();
  return plan;
}

/**
 * The value of each output role on each sheet row (1-based) that has one. Roles absent here are not
 * needed. `sheetColumn` turns readSheet's 0-based column indexes into the sheet's 1-based columns.
 */
function roleCells(report: SheetReport, sheetColumn: (index: number) => number): Partial<Record<OutputRole, Map<number, Cell>>> {
  const out: Partial<Record<OutputRole, Map<number, Cell>>> = {};
  const put = (role: OutputRole, row: number, value: Cell): void => {
    (out[role] ??= new Map()).set(row, value);
  };
  if (report.kind === 'kpi') {
    out.status = new Map();
    out.trend = new Map();
    // Wide sheets (one column per period): a sparkline of the row's own period cells, rebuilt from the
    // columns' current positions on every scoring. The status is the latest period's (the KPI's actual).
    const periods = (report.periodColumns ?? []).map(sheetColumn);
    // Long sheets (one row per KPI per period): the status, trend and a sparkline of the KPI's actuals go
    // on its latest row only.
    const actualColumn = report.columns.current === undefined ? null : sheetColumn(report.columns.current);
    const long = actualColumn !== null && report.kpis.some((k) => (k.rows?.length ?? 0) > 1);
    if (periods.length || long) out.sparkline = new Map();
    for (const kpi of report.kpis) {
      put('status', kpi.row, kpi.status);
      put('trend', kpi.row, kpi.trend ?? '');
      if (periods.length) put('sparkline', kpi.row, sparklineFormula(kpi.row, periods) ?? '');
      else if (long && kpi.rows) put('sparkline', kpi.row, columnSparklineFormula(actualColumn!, kpi.rows) ?? '');
    }
    return out;
  }
  out.score = new Map();
  out.status = new Map();
  out.expected = new Map();
  const krRows = new Set<number>();
  for (const objective of report.objectives) for (const kr of objective.keyResults) krRows.add(kr.row);
  const shared = report.objectives.some((o) => krRows.has(o.row));
  for (const objective of report.objectives) {
    for (const kr of objective.keyResults) {
      put('score', kr.row, roundScore(kr.score));
      put('status', kr.row, kr.status);
      put('expected', kr.row, roundScore(kr.expected));
    }
    if (!krRows.has(objective.row)) {
      // An objective on its own row shows its weighted roll-up in the Score and Status columns.
      put('score', objective.row, roundScore(objective.score));
      put('status', objective.row, objective.status);
    }
    if (shared) {
      put('rollup', objective.row, roundScore(objective.score));
      put('rollupStatus', objective.row, objective.status);
    }
  }
  return out;
}

/**
 * The history columns of an OKR sheet: each KR's `Scorecard id`, its score change since the last
 * check-in, and (filled once the id column's position is known) its Trend sparkline.
 */
function historyCells(report: SheetReport, history: HistoryPlan, out: Partial<Record<OutputRole, Map<number, Cell>>>): void {
  const ids = (out.id = new Map());
  const since = (out.since = new Map());
  out.sparkline = new Map();
  for (const [row, id] of history.ids) ids.set(row, id);
  for (const objective of report.objectives) {
    for (const kr of objective.keyResults) {
      const change = history.trends.get(kr.row)?.since;
      since.set(kr.row, change === null || change === undefined ? '' : roundScore(change));
    }
  }
}
