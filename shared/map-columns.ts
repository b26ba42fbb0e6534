import type { Cell, ColumnConcept } from './types';
import { isDateCell } from './is-date-cell';
import { cellText } from './cell-text';
import { columnConcept, normalizeHeader } from './column-concept';
import { isTypeHeader, periodNumber } from './find-header-row';
import { isoDate } from './calendar-day';
import { keyResultKind } from './key-result-kind';
import { parsePeriod, type Period } from './parse-period';
import { parseDateDay } from './parse-date';
import { readTarget } from './read-target';
import { targetSchedulePeriod } from './target-schedule-period';

export interface ColumnMap {
  columns: Partial<Record<ColumnConcept, number>>;
  headers: string[];
  /** Period columns of a wide KPI sheet, oldest first, with the period each names. */
  periods: { index: number; label: string; period: Period | null }[];
  /** The current column holds percent complete (`Progress`, `Completion`). */
  currentIsProgress: boolean;
  /**
   * Target columns named by successive years (`y1_2026_27`, `FY27`, `2027 target`), oldest first: the one
   * whose period holds the as-of date is `columns.target`.
   */
  targetSchedule?: { index: number; label: string; period: Period }[];
}

const COMMITMENT = /^(committed?|commitment|aspirational|aspiration|stretch|moonshot|roofshot|roof shot|verbindlich|ambitioniert|engagé|engage|ambitieux|comprometido|aspiracional)(?: (?:goals?|okrs?|objectives?))?$/i;
const ROW_TYPE = /^(objective|objectives|goal|goals|o|obj|key ?result|key ?results|kr|krs|milestone|sub-?goal|theme|strategic theme|initiatives?|deliverables?|tasks?)$/i;
const LEVEL = /^(company|department|team|individual|personal|project|strategic theme|division|org|organization|organisation|unit)$/i;
const ACTUAL_WORD = /\b(actuals?|ist|istwert|réel|reel|real|value|current|ytd|mtd|qtd)\b/gi;
const PROGRESS_HEADER = /^(progress|completion|percent complete|% complete|complete|fortschritt|progression|progreso|progresso|avancement|progress %|completion %|% done|percent done)$/;

/**
 * Maps header cells to concepts (synonyms, then the team's overrides), decides `Type`-like columns by their
 * values (commitment, KR kind, row type or level), and finds the period columns of a wide KPI sheet.
 */
export function mapColumns(
  values: readonly (readonly Cell[])[],
  headerIndex: number,
  overrides: Partial<Record<ColumnConcept, string>>,
  year: number,
  schedule?: ScheduleOptions,
): ColumnMap {
  const headerRow = values[headerIndex] ?? [];
  const width = headerRow.length;
  const headers: string[] = [];
  const columns: Partial<Record<ColumnConcept, number>> = {};
  const overrideByHeader = new Map<string, ColumnConcept>();
  for (const [concept, header] of Object.entries(overrides)) if (header) overrideByHeader.set(normalizeHeader(header), concept as ColumnConcept);
  const periods: ColumnMap['periods'] = [];
  let currentIsProgress = false;
  let targetSchedule: ColumnMap['targetSchedule'];

  // `Q1 Actual`, `Q2 Actual`, `Q3 Actual`: actuals per period are period columns, not one Actual column.
  const actualPeriods = new Map<number, Period>();
  for (let c = 0; c < width; c++) {
    const text = cellText(headerRow[c] ?? '');
    if (!text || columnConcept(text) !== 'current') continue;
    const period = parsePeriod(text.replace(ACTUAL_WORD, ' ').replace(/\s+/g, ' ').trim(), { year });
    if (period) actualPeriods.set(c, period);
  }
  if (actualPeriods.size < 2) actualPeriods.clear();

  // Target schedule: `2027 target`, `Target 2028`, `y1_2026_27` (named), or `FY27`, `2026/27` beside an Actual column.
  const named: NonNullable<ColumnMap['targetSchedule']> = [];
  const fiscal: NonNullable<ColumnMap['targetSchedule']> = [];
  if (schedule) {
    for (let c = 0; c < width; c++) {
      const text = cellText(headerRow[c] ?? '');
      const found = text && !overrides.target ? targetSchedulePeriod(text, schedule.fiscalYearStart) : null;
      if (found) (found.named ? named : fiscal).push({ index: c, label: text, period: found.period });
    }
  }
  const scheduled = new Set<number>(named.length >= 2 ? named.map((t) => t.index) : []);

  for (let c = 0; c < width; c++) {
    const cell = headerRow[c] ?? '';
    const text = cellText(cell);
    headers.push(text);
    if (!text) continue;
    const norm = normalizeHeader(text);
    let concept: ColumnConcept | null = null;
    if (overrideByHeader.has(norm) || scheduled.has(c)) continue; // placed below
    const actualPeriod = actualPeriods.get(c);
    if (actualPeriod) {
      periods.push({ index: c, label: text, period: actualPeriod });
      continue;
    }
    if (isTypeHeader(text)) concept = typeConcept(values, headerIndex, c);
    if (!concept) concept = columnConcept(text);
    if (concept && columns[concept] === undefined) {
      columns[concept] = c;
      if (concept === 'current' && PROGRESS_HEADER.test(norm)) currentIsProgress = true;
      continue;
    }
    if (concept) continue;
    const period = periodOf(cell, text, year, schedule?.fiscalYearStart ?? null);
    if (period) periods.push({ index: c, label: typeof cell === 'number' ? period.label : text, period });
  }
  // Overrides name a header that wins over any synonym.
  for (const [concept, header] of Object.entries(overrides)) {
    if (!header) continue;
    const idx = headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(header));
    if (idx < 0) continue;
    for (const key of Object.keys(columns) as ColumnConcept[]) if (columns[key] === idx) delete columns[key];
    columns[concept as ColumnConcept] = idx;
  }
  settleGoalColumn(values, headerIndex, columns, overrides);
  const targets = scheduled.size ? named : fiscal.length >= 2 && columns.current !== undefined && columns.target === undefined ? fiscal : null;
  if (targets && schedule) {
    if (targets === fiscal) for (let i = periods.length - 1; i >= 0; i--) if (fiscal.some((t) => t.index === periods[i]!.index)) periods.splice(i, 1);
    targets.sort((a, b) => a.period.start - b.period.start);
    if (columns.target === undefined || scheduled.size) columns.target = currentTarget(targets, schedule.asOfDay).index;
    targetSchedule = targets;
  }
  // Oldest first. Headers without a year (`Nov`, `Dec`, `Jan`) are in the order the sheet lays them out
  // (a year turns between Dec and Jan); with years they are sorted by date.
  if (periods.some((p) => /\d{4}/.test(p.label))) periods.sort((a, b) => (a.period && b.period ? a.period.start - b.period.start : a.index - b.index));
  return targetSchedule ? { columns, headers, periods, currentIsProgress, targetSchedule } : { columns, headers, periods, currentIsProgress };
}

/** What mapColumns needs to pick the current column of a target schedule. */
export interface ScheduleOptions {
  asOfDay: number;
  fiscalYearStart: number | null;
}

/** The schedule column whose period holds the as-of day; before the first, the first; after the last, the last. */
function currentTarget(targets: NonNullable<ColumnMap['targetSchedule']>, asOfDay: number): { index: number } {
  for (const t of targets) if (asOfDay < t.period.end) return t;
  return targets[targets.length - 1]!;
}

/**
 * `Goal`, `Ziel`, `Objetivo`... name an objective in an OKR sheet but the target in a KPI sheet
 * (`KPI | Goal | Actual`). With no target column and no key result column, an objective column
 * whose cells are mostly numbers or bands (`100`, `5%`, `<= 2%`, `70-80`) is the target.
 */
function settleGoalColumn(
  values: readonly (readonly Cell[])[],
  headerIndex: number,
  columns: Partial<Record<ColumnConcept, number>>,
  overrides: Partial<Record<ColumnConcept, string>>,
): void {
  const c = columns.objective;
  if (c === undefined || columns.target !== undefined || columns.keyResult !== undefined || overrides.objective) return;
  let filled = 0;
  let targets = 0;
  const limit = Math.min(values.length, headerIndex + 200);
  for (let r = headerIndex + 1; r < limit; r++) {
    const cell = values[r]?.[c] ?? '';
    if (cellText(cell) === '') continue;
    filled++;
    const t = readTarget(cell).type;
    if (t === 'number' || t === 'range' || t === 'relative') targets++;
  }
  if (filled > 0 && targets * 2 > filled) {
    columns.target = c;
    delete columns.objective;
  }
}

function periodOf(cell: Cell, text: string, year: number, fiscalYearStart: number | null): Period | null {
  if (typeof cell === 'number') {
    if (!periodNumber(cell)) return null;
    if (cell <= 2200) return parsePeriod(text, { year });
    // A date header from the Sheets API (serial number): label it as the date it is.
    const day = parseDateDay(cell);
    return day === null ? null : { label: isoDate(day), start: day, end: day + 1 };
  }
  if (isDateCell(cell)) {
    const day = parseDateDay(cell);
    return day === null ? null : { label: text, start: day, end: day + 1 };
  }
  const inner = /\(([^)]+)\)/.exec(text);
  return parsePeriod(text, { year, fiscalYearStart }) ?? (inner ? parsePeriod(inner[1]!, { year, fiscalYearStart }) : null) ?? dateHeader(text);
}

function dateHeader(text: string): Period | null {
  const day = parseDateDay(text, { serial: false });
  return day === null ? null : { label: text, start: day, end: day + 1 };
}

function typeConcept(values: readonly (readonly Cell[])[], headerIndex: number, c: number): ColumnConcept | null {
  let commitment = 0;
  let kind = 0;
  let rowType = 0;
  let level = 0;
  let objectiveWord = false;
  const limit = Math.min(values.length, headerIndex + 500);
  for (let r = headerIndex + 1; r < limit; r++) {
    const text = cellText(values[r]?.[c]);
    if (!text) continue;
    const lower = text.toLowerCase();
    if (COMMITMENT.test(lower)) commitment++;
    if (ROW_TYPE.test(lower)) {
      rowType++;
      if (/^(objective|objectives|goal|goals|o|obj)$/.test(lower)) objectiveWord = true;
    }
    if (keyResultKind(lower)) kind++;
    if (LEVEL.test(lower)) level++;
  }
  if (rowType > 0 && objectiveWord && rowType >= kind) return 'rowType';
  const best = Math.max(commitment, kind, rowType, level);
  if (best === 0) return null;
  if (commitment === best) return 'commitment';
  if (kind === best) return 'kind';
  if (rowType === best) return 'rowType';
  return 'level';
}
