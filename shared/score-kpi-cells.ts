import type { Cell, KpiDirection, Settings, Status } from './types';
import { cellText } from './cell-text';
import { defaultSettings } from './default-settings';
import { kpiDirection } from './kpi-direction';
import { lowerIsBetterWord } from './lower-is-better-word';
import { noValue } from './no-value';
import { valueNote } from './value-note';
import { parseNumber } from './parse-number';
import { readTarget } from './read-target';

const LETTER = /\p{L}/u;
const PERCENT_UNIT = /^(%|percent|percentage|pct|prozent|pourcentage|porcentaje|porcentagem|custom percent)$/;

export interface KpiCells {
  actual: Cell;
  target: Cell;
  direction?: Cell;
  /** Tolerance as a fraction (`0.1`) or a percentage (`10%`, `10`). */
  tolerance?: Cell;
  greenAt?: Cell;
  redAt?: Cell;
  unit?: Cell;
  /** Start or baseline: above the target means lower is better (direction rule 3). */
  start?: Cell;
  /** The KPI's name: a lower-is-better word in it is the last guess of a direction (rule 5). */
  name?: string;
}

export interface ScoreKpiOptions {
  locale?: string;
  settings?: Partial<Settings>;
  /** Decimal separator per input column, decided from the whole column by readSheet. */
  decimals?: Partial<Record<'actual' | 'target' | 'greenAt' | 'redAt' | 'start', '.' | ','>>;
}

export type KpiColumn = 'actual' | 'target' | 'direction' | 'tolerance' | 'greenAt' | 'redAt';

export interface KpiScore {
  status: Status;
  direction: KpiDirection;
  target: number | null;
  low: number | null;
  high: number | null;
  actual: number | null;
  /** Whether values are on the percent scale (bare numbers above 1 were read as percent points). */
  percent: boolean;
  error: { column: KpiColumn; value: string; message: string } | null;
  /** Whether the Direction cell held something that is not a direction. */
  unknownDirection: boolean;
  /** The word of the name the direction was guessed from (rule 5), or null when it was not guessed. */
  guessedFrom: string | null;
  /**
   * The Direction cell said the opposite of the target's comparator (`grow` with `≤3%`): the comparator
   * says what meeting the target means, so it was used (a KPI above `≤3%` is never green).
   */
  overruledDirection?: KpiDirection;
}

/**
 * A KPI's RAG status from its raw cells (docs/scoring.md, KPI status). Direction, the first rule that
 * applies: 1. the `Direction` cell; 2. a comparator or band in the target (`<= 2%` → lower, `>= 80%` →
 * higher, `70-80%` → range); 3. a start above the target → lower, below → higher; 4. a target of 0 →
 * lower; 5. a lower-is-better word in the name (`churn`, `days to`) → lower, reported in `guessedFrom`;
 * 6. higher. A one-sided comparator (`≤3%`, `>= 80%`) says what meeting the target means, so it wins over
 * a Direction cell that says the opposite (reported in `overruledDirection`).
 * tolerance from the cell, else the team's (10 %); `Green at`/`Red at` override the bands.
 * A target of 0 uses an absolute tolerance. Never throws.
 *
 * @example
 * scoreKpiCells({ actual: 95, target: 100 }).status // 'amber'
 * scoreKpiCells({ actual: '2.1%', target: '<= 2%' }).status // 'amber'
 */
export function scoreKpiCells(cells: KpiCells, options: ScoreKpiOptions = {}): KpiScore {
  const dec = options.decimals ?? {};
  const result: KpiScore = { status: 'grey', direction: 'higher', target: null, low: null, high: null, actual: null, percent: false, error: null, unknownDirection: false, guessedFrom: null };
  // `N/A`, `N/A (context)`: no direction stated, not an unknown one.
  const dirWritten = cellText(cells.direction ?? null);
  const dirText = dirWritten && (noValue(dirWritten, true) || noValue(valueNote(dirWritten)?.value ?? '', true)) ? '' : dirWritten;
  const explicit = dirText ? kpiDirection(dirText) : null;
  if (dirText && !explicit) result.unknownDirection = true;

  const unit = cellText(cells.unit ?? null).toLowerCase();
  const targetReading = readTarget(cells.target, { locale: options.locale, decimal: dec.target });
  // `90 (31.5% of 286)`: the value without its note decides whether the actual is a percentage.
  const actualWritten = cellText(cells.actual);
  const actualValueText =
    typeof cells.actual === 'string' && actualWritten.includes('%') && parseNumber(actualWritten) === null ? valueNote(actualWritten)?.value ?? actualWritten : actualWritten;
  const percent = PERCENT_UNIT.test(unit) || actualValueText.includes('%') || ((targetReading.type === 'number' || targetReading.type === 'range') && targetReading.percent);

  result.percent = percent;
  let tol = options.settings?.tolerance ?? defaultSettings.tolerance;
  const tolText = cellText(cells.tolerance ?? null);
  if (tolText) {
    const t = parseNumber(cells.tolerance ?? null, { locale: options.locale });
    if (t === null || t < 0) return fail(result, 'tolerance', tolText, `Tolerance: "${tolText}" is not a percentage — write one like 10%`);
    tol = t > 1 ? t / 100 : t;
  }

  switch (targetReading.type) {
    case 'blank':
      break;
    case 'number':
      result.target = scale(targetReading.value, percent, targetReading.percent);
      result.direction = explicit ?? inferredDirection(result, result.target, cells, percent, dec.start, options.locale);
      break;
    case 'relative': {
      // Against the baseline when there is one (`50% reduction` of 962 → 481, `double`); without one, a
      // signed number (`-5`, `+10%`) is that number, and a target in words cannot be worked out yet.
      const targetText = cellText(cells.target);
      const { op, amount } = targetReading;
      const startText = cellText(cells.start ?? null);
      const s = startText && !noValue(startText, true) && typeof cells.start !== 'boolean' ? parseNumber(cells.start!, { locale: options.locale, decimal: dec.start }) : null;
      if (s !== null) {
        const start = scale(s, percent, startText.includes('%'));
        result.target = op === 'add' ? start + scale(amount, percent, false) : op === 'times' ? start * amount : start * (1 + amount);
        result.direction = explicit ?? (result.target < start ? 'lower' : 'higher');
        break;
      }
      if (op === 'times' || LETTER.test(targetText)) {
        result.direction = explicit ?? ((op === 'times' ? amount < 1 : amount < 0) ? 'lower' : 'higher');
        return fail(result, 'target', targetText, `Target: "${targetText}" is relative to the baseline, but the baseline is empty — write the baseline, or an absolute target`);
      }
      result.target = op === 'add' ? scale(amount, percent, false) : amount;
      result.direction = explicit ?? inferredDirection(result, result.target, cells, percent, dec.start, options.locale);
      break;
    }
    case 'range': {
      const low = targetReading.low === null ? null : scale(targetReading.low, percent, targetReading.percent);
      const high = targetReading.high === null ? null : scale(targetReading.high, percent, targetReading.percent);
      if (low !== null && high !== null) {
        result.direction = explicit && explicit !== 'range' ? explicit : 'range';
        result.low = low;
        result.high = high;
        if (result.direction !== 'range') result.target = result.direction === 'higher' ? low : high;
      } else {
        const said: KpiDirection = low !== null ? 'higher' : 'lower';
        if (explicit && explicit !== 'range' && explicit !== said) result.overruledDirection = explicit;
        result.direction = explicit === 'range' ? 'range' : said;
        result.target = low ?? high;
        if (result.direction === 'range') {
          result.low = low;
          result.high = high;
        }
      }
      break;
    }
    default: {
      const text = cellText(cells.target);
      return fail(result, 'target', text, `Target: "${text}" is not a number — write a number like 75, 75% or a band like 70-80%`);
    }
  }
  if (targetReading.type === 'number' && explicit === 'range' && result.target !== null) {
    // `maintain` with one number: hold it within the tolerance.
    const band = result.target === 0 ? tol : tol * Math.abs(result.target);
    result.low = result.target - band;
    result.high = result.target + band;
  }
  if (targetReading.type === 'blank') result.direction = explicit ?? inferredDirection(result, null, cells, percent, dec.start, options.locale);

  const actualText = cellText(cells.actual);
  if (actualText && !noValue(actualText, true)) {
    // `90 (31.5% of 286)`, `~40`, `40*`: the number, its note aside (docs/scoring.md, "Reading values").
    let a = typeof cells.actual === 'boolean' ? null : parseNumber(cells.actual, { locale: options.locale, decimal: dec.actual });
    const noted = a === null && typeof cells.actual === 'string' ? valueNote(actualText) : null;
    if (noted) a = parseNumber(noted.value, { locale: options.locale, decimal: dec.actual });
    if (a === null) return fail(result, 'actual', actualText, `Actual: "${actualText}" is not a number — write a number like 1234.5 or 12%`);
    result.actual = scale(a, percent, actualValueText.includes('%'));
  }

  const greenAt = readBound(cells.greenAt, dec.greenAt, options.locale, percent);
  const redAt = readBound(cells.redAt, dec.redAt, options.locale, percent);
  if (greenAt === undefined) return fail(result, 'greenAt', cellText(cells.greenAt ?? null), `Green at: "${cellText(cells.greenAt ?? null)}" is not a number`);
  if (redAt === undefined) return fail(result, 'redAt', cellText(cells.redAt ?? null), `Red at: "${cellText(cells.redAt ?? null)}" is not a number`);

  result.status = kpiStatus(result, tol, greenAt, redAt);
  return result;
}

/**
 * The KPI status for a known actual and target (docs/scoring.md, "KPI status" table).
 *
 * @example
 * kpiStatus({ direction: 'lower', actual: 105, target: 100, low: null, high: null }, 0.1, null, null) // 'amber'
 */
export function kpiStatus(
  k: { direction: KpiDirection; actual: number | null; target: number | null; low: number | null; high: number | null },
  tol: number,
  greenAt: number | null = null,
  redAt: number | null = null,
): Status {
  const a = k.actual;
  if (a === null) return 'grey';
  const eps = 1e-12;
  if (k.direction === 'range') {
    if (k.low === null && k.high === null) return 'grey';
    const lo = k.low ?? -Infinity;
    const hi = k.high ?? Infinity;
    if (a >= lo - eps && a <= hi + eps) return 'green';
    const width = Number.isFinite(hi - lo) && hi > lo ? hi - lo : Math.abs(Number.isFinite(lo) ? lo : hi) || 1;
    const d = a < lo ? lo - a : a - hi;
    return d <= tol * width + eps ? 'amber' : 'red';
  }
  const higher = k.direction === 'higher';
  if (greenAt !== null || redAt !== null) {
    const g = greenAt ?? k.target;
    const r = redAt ?? (k.target === null ? null : higher ? k.target - band(k.target, tol) : k.target + band(k.target, tol));
    if (g !== null && (higher ? a >= g - eps : a <= g + eps)) return 'green';
    // `Red at 70` means 70 is red (as `Green at 90` means 90 is green); a band derived from the target keeps its edge amber.
    if (r !== null && (redAt !== null ? (higher ? a <= r + eps : a >= r - eps) : higher ? a < r - eps : a > r + eps)) return 'red';
    if (g === null && r !== null) return 'green';
    return 'amber';
  }
  const t = k.target;
  if (t === null) return 'grey';
  if (higher ? a >= t - eps : a <= t + eps) return 'green';
  if (higher ? a >= t - band(t, tol) - eps : a <= t + band(t, tol) + eps) return 'amber';
  return 'red';
}

/** Direction rules 3 to 6 (no Direction cell, no comparator in the target). Sets `guessedFrom` for rule 5. */
function inferredDirection(result: KpiScore, target: number | null, cells: KpiCells, percent: boolean, decimal: '.' | ',' | undefined, locale: string | undefined): KpiDirection {
  if (target !== null) {
    const startText = cells.start === undefined ? '' : cellText(cells.start);
    if (startText && !noValue(startText) && typeof cells.start !== 'boolean') {
      const s = parseNumber(cells.start!, { locale, decimal });
      if (s !== null) {
        const start = scale(s, percent, startText.includes('%'));
        if (start > target) return 'lower';
        if (start < target) return 'higher';
      }
    }
    if (target === 0) return 'lower';
  }
  const word = cells.name ? lowerIsBetterWord(cells.name) : null;
  if (word) {
    result.guessedFrom = word;
    return 'lower';
  }
  return 'higher';
}

function band(target: number, tol: number): number {
  return target === 0 ? tol : tol * Math.abs(target);
}

function readBound(cell: Cell | undefined, decimal: '.' | ',' | undefined, locale: string | undefined, percent: boolean): number | null | undefined {
  const text = cellText(cell ?? null);
  if (!text) return null;
  const v = parseNumber(cell ?? null, { locale, decimal });
  if (v === null) return undefined;
  return scale(v, percent, text.includes('%'));
}

/** On the percent scale a bare number above 1 is percent points (`65` → 0.65). */
export function scale(value: number, percent: boolean, written: boolean): number {
  return percent && !written && Math.abs(value) > 1 ? value / 100 : value;
}

function fail(result: KpiScore, column: KpiColumn, value: string, message: string): KpiScore {
  result.error = { column, value, message };
  result.status = 'grey';
  return result;
}
