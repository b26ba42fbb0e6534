import type { Cell, KeyResultKind } from './types';
import { cellText } from './cell-text';
import { doneWord } from './done-word';
import { keyResultKind } from './key-result-kind';
import { lowerIsBetterWord } from './lower-is-better-word';
import { parseDateDay } from './parse-date';
import { localeDecimal } from './locale-decimal';
import { parseNumber, parseNumberAs } from './parse-number';
import { noValue } from './no-value';
import { readTarget, type TargetReading } from './read-target';
import { titleValues, type TitleValues } from './title-values';
import { valueNote } from './value-note';
import { percentComplete } from './percent-complete';
import { isoDate, SERIAL_EPOCH_OFFSET, yearOf } from './calendar-day';

export interface KeyResultCells {
  start: Cell;
  target: Cell;
  current: Cell;
  kind?: Cell;
  /** Due date cell (a date, a serial number or date text). */
  due?: Cell;
  /** Unit as written (`%` switches on the percent scale). */
  unit?: Cell;
  /** The KR text: `Establish a baseline…` with no target makes a baseline KR. */
  title?: Cell;
}

export interface ScoreKeyResultOptions {
  locale?: string;
  /** Decimal separator per input column, decided from the whole column by readSheet. */
  decimals?: Partial<Record<'start' | 'target' | 'current', '.' | ','>>;
  /** Year for dates written without one (the period's year). */
  year?: number;
  /** The current column holds percent complete (`Progress`, 0-100): bare numbers above 1 are percent points. */
  currentIsProgress?: boolean;
  /** The as-of date: its year is used for dates written without one when `year` is not given. */
  asOf?: Date | string;
  /**
   * The current column says it holds percent complete (`Progress %`, `% complete`): an increase or
   * decrease KR's current is that far from its start to its target (a target of 100).
   */
  currentIsPercentComplete?: boolean;
  /** The percent-complete column holds 0–100 (true) or fractions (false), decided from the whole column. */
  percentCompletePoints?: boolean;
}

export type KeyResultColumn = 'start' | 'target' | 'current' | 'kind' | 'due';

export interface KeyResultScore {
  kind: KeyResultKind;
  start: number | null;
  target: number | null;
  current: number | null;
  low: number | null;
  high: number | null;
  /** Unclamped progress, increase/decrease only. */
  progress: number | null;
  /** 0..1, or null (no data, baseline, or an error). */
  score: number | null;
  done: boolean;
  late: boolean;
  /** ISO due date (the Due cell, or a milestone's target date). */
  due: string | null;
  /** A milestone with neither done nor a fraction complete: 0 that counts, but shown pending until due. */
  pending: boolean;
  /** `baseline set` once a baseline KR has a value. */
  note: string | null;
  /** A note written after a value (`90 (31.5% of 286)` → `31.5% of 286`, `~40` → `~`), kept for display. */
  startNote?: string | null;
  targetNote?: string | null;
  currentNote?: string | null;
  /** The first problem that leaves this KR unscored, or null. */
  error: { column: KeyResultColumn; value: string; message: string } | null;
  /** A problem that does not block the score (a milestone state that is not understood counts as 0), or null. */
  warning: { column: KeyResultColumn; value: string; message: string } | null;
  /** Whether the Kind cell held something that is not a kind (kind was inferred instead). */
  unknownKind: boolean;
  /** Whether start, target and current were read as fractions (a `%` cell or unit): shown as percent. */
  percent?: boolean;
}

const NOT_A_NUMBER = 'is not a number or a date — write a number like 75, 75% or 2026-11-30';
const AT_MOST_WORDS = /\b(below|under|at most|max(imum)?|less than|no more than|fewer than|lower than|within|cap(ped)?)\b|[<≤]/i;
const PROGRESS_WORD = /^(not started|in progress|in review|started|ongoing|pending|planned|blocked|no|false|todo|to do|wip|open|delayed|late|at risk|on track|off track)$/i;

/**
 * Scores one key result from its raw cells, exactly as readSheet does for every KR row (docs/scoring.md, "Key result kinds" and "Key result scores"):
 * infers the kind (milestone, baseline, threshold, decrease, increase) unless `kind` names one, resolves
 * relative targets (`+10%` → start × 1.1, `-5` → start − 5, `x2` → start × 2), puts start, target and
 * current on one scale when any is a percentage, and computes progress and the 0..1 score.
 * Never throws: unreadable cells come back as `error` with the column and the value.
 *
 * @example
 * scoreKeyResultCells({ start: '65%', target: '75%', current: '71%' }).score // 0.6
 * scoreKeyResultCells({ start: 12, target: 7, current: 9.5 }).kind // 'decrease'
 * scoreKeyResultCells({ start: '', target: '70-80%', current: '83 %' }).score // 0.7
 */
export function scoreKeyResultCells(cells: KeyResultCells, options: ScoreKeyResultOptions = {}): KeyResultScore {
  const result: KeyResultScore = {
    kind: 'increase', start: null, target: null, current: null, low: null, high: null, progress: null, score: null,
    done: false, late: false, due: null, pending: false, note: null, error: null, warning: null, unknownKind: false,
  };
  const dec = options.decimals ?? {};
  const unitText = cellText(cells.unit).toLowerCase();
  const kindText = cellText(cells.kind);
  const explicitKind = kindText ? keyResultKind(kindText) : null;
  if (kindText && !explicitKind) result.unknownKind = true;

  let startText = cellText(cells.start);
  let currentText = cellText(cells.current);
  if (currentText && noValue(currentText, true) && !PROGRESS_WORD.test(currentText)) {
    // `-`, `N/A`, `TBD`, `#N/A`, `pending`, `?`: no current value yet (docs/scoring.md, "Key result scores":
    // no score, grey). A milestone's `pending` is a state (not started), read below.
    cells = { ...cells, current: '' };
    currentText = '';
  }
  if (startText && noValue(startText, true)) {
    cells = { ...cells, start: '' };
    startText = '';
  }
  // `90 (31.5% of 286)`, `~40`, `40*`: the value is read, the note kept (docs/scoring.md, "Reading values").
  if (startText && MAYBE_NOTE.test(startText)) {
    const noted = valueNote(startText);
    if (noted) {
      cells = { ...cells, start: noted.value };
      startText = noted.value;
      result.startNote = noted.note;
    }
  }
  if (currentText && MAYBE_NOTE.test(currentText)) {
    const noted = valueNote(currentText);
    if (noted) {
      cells = { ...cells, current: noted.value };
      currentText = noted.value;
      result.currentNote = noted.note;
    }
  }
  const year = options.year ?? asOfYear(options.asOf);
  let target = readTarget(cells.target, { locale: options.locale, decimal: dec.target, year });
  let titleRead: TitleValues | null = null;
  if ((target.type === 'blank' || (startText === '' && (target.type === 'number' || target.type === 'relative'))) && cells.title && !milestoneState(cells.current, currentText)) {
    // An empty Start or Target cell: the KR's own text may name them (`from 22.4% to 26%`, `12 -> 7 days`).
    titleRead = titleValues(cellText(cells.title));
    if (startText === '' && titleRead.start !== null) {
      cells = { ...cells, start: titleRead.start };
      startText = titleRead.start;
    }
    if (target.type === 'blank' && titleRead.target !== null) {
      cells = { ...cells, target: titleRead.target };
      target = readTarget(titleRead.target, { locale: options.locale, decimal: dec.target, year });
    }
  }
  if (target.note !== undefined) result.targetNote = target.note;
  if (target.type === 'number' && serialMilestone(target.value, cells.current, explicitKind)) {
    // The Sheets API sends a date cell as its serial number: a milestone's due date next to a checkbox or done-word.
    target = { type: 'date', day: serialDay(target.value)! };
  }
  if (target.type === 'invalid') return fail(result, 'target', target.text, `Target: "${target.text}" ${NOT_A_NUMBER}`);

  let dueDay: number | null = null;
  const dueText = cellText(cells.due ?? null);
  if (dueText) {
    dueDay = parseDateDay(cells.due ?? null, { locale: options.locale, year });
    if (dueDay === null && !looksLikePeriod(dueText)) {
      return fail(result, 'due', dueText, `Due: "${dueText}" is not a date — write a date like 2026-11-30`);
    }
  }
  if (target.type === 'date') dueDay = target.day;
  result.due = dueDay === null ? null : isoDate(dueDay);

  const percentMode =
    unitText === '%' || unitText === 'percent' || unitText === 'percentage' || unitText === 'pct' || unitText === 'custom percent' ||
    startText.includes('%') || (currentText.includes('%') && !options.currentIsPercentComplete) ||
    ((target.type === 'number' || target.type === 'range') && target.percent);
  result.percent = percentMode;

  const kind = explicitKind ?? inferKind(target, cells, startText, currentText);
  result.kind = kind;

  if (kind === 'baseline') {
    if (currentText) {
      const value = readNumber(cells.current, dec.current, options.locale, percentMode || !!options.currentIsProgress);
      result.current = value;
      result.note = 'baseline set';
    }
    return result;
  }

  if (kind === 'milestone') return scoreMilestone(result, cells, target, currentText, dueDay, percentMode, options.year === year ? options : { ...options, year });

  // Numeric kinds: start and current must be numbers.
  let start: number | null = null;
  if (startText) {
    start = readNumber(cells.start, dec.start, options.locale, percentMode);
    if (start === null) return fail(result, 'start', startText, `Start: "${startText}" is not a number — write a number like 65 or 65%`);
  }
  let current: number | null = null;
  if (currentText) {
    // On one scale with start and target (docs/scoring.md, "Key result scores"): a `Progress` header does not rescale a numeric KR's current.
    current = readNumber(cells.current, dec.current, options.locale, percentMode);
    // A milestone's `pending` kept above is no value on a numeric KR.
    if (current === null && !noValue(currentText, true)) return fail(result, 'current', currentText, `Current: "${currentText}" is not a number — write a number like 71 or 71%`);
  }
  result.start = start;
  result.current = current;

  if (kind === 'threshold' || target.type === 'range') {
    let low: number | null = null;
    let high: number | null = null;
    if (target.type === 'range') {
      low = target.low === null ? null : scale(target.low, percentMode, target.percent);
      high = target.high === null ? null : scale(target.high, percentMode, target.percent);
    } else if (target.type === 'number') {
      // A threshold KR with one number: stay at or below it when the KR says so (`Keep churn below 2%`)
      // or starts above it; otherwise hold at least that value.
      const bound = scale(target.value, percentMode, target.percent);
      if (AT_MOST_WORDS.test(cellText(cells.title ?? null)) || (start !== null && start > bound)) high = bound;
      else low = bound;
    } else {
      return fail(result, 'target', cellText(cells.target), `Target: "${cellText(cells.target)}" is not a band — write a range like 70-80% or >= 80%`);
    }
    result.kind = 'threshold';
    result.low = low;
    result.high = high;
    if (current !== null) result.score = thresholdScore(current, low, high);
    return result;
  }

  let targetValue: number | null = null;
  if (target.type === 'relative') {
    if (start === null) {
      const t = cellText(cells.target);
      return fail(result, 'target', t, `Target: "${t}" is relative to the start, but Start is empty — write the start value, or an absolute target`);
    }
    targetValue = target.op === 'add' ? start + scale(target.amount, percentMode, false) : target.op === 'times' ? start * target.amount : start * (1 + target.amount);
  } else if (target.type === 'number') {
    targetValue = scale(target.value, percentMode, target.percent);
  } else if (target.type === 'blank') {
    return result; // not measurable: no score, readSheet warns.
  } else {
    const t = cellText(cells.target);
    return fail(result, 'target', t, `Target: "${t}" is not a number — write a number like 75 or 75%`);
  }
  result.target = targetValue;
  const from = start ?? 0;
  if (start === null && !options.currentIsPercentComplete) {
    // No start: only the KR's words or arrows can say it goes down (`Cut churn to 2%`, `↓`); a decrease
    // needs its start to measure progress (from 0 it would read as an increase, green when it misses).
    const wordKind = explicitKind ?? (titleRead ?? titleValues(cellText(cells.title ?? null))).kind;
    if (wordKind === 'decrease') {
      const t = cellText(cells.target);
      return fail(result, 'start', '', `Start: the key result goes down to "${t}", but Start is empty — write the start value, so progress can be measured`);
    }
    if (!wordKind && lowerIsBetterWord(cellText(cells.title ?? null)) !== null) {
      // No start and a lower-is-better measure (`Logistics cost`, `Delivery time`): hold it at or below
      // the target; from 0 it would read as an increase, achieved when it is over budget.
      result.kind = 'threshold';
      result.high = targetValue;
      if (current !== null) result.score = thresholdScore(current, null, targetValue);
      return result;
    }
  }
  if (from === targetValue) {
    const which = start === null ? 'Target' : 'Start and Target';
    return fail(result, 'target', cellText(cells.target), `${which}: "${cellText(cells.target)}" equals the start (${from}) — a KR must move; write a different target, or mark it as a threshold`);
  }
  if (!explicitKind) result.kind = targetValue < from ? 'decrease' : 'increase';
  if (current !== null && options.currentIsPercentComplete) {
    // `Progress %`: how far the KR has come from its start to its target, out of 100.
    const done = percentComplete(cells.current, { decimal: dec.current, locale: options.locale, points: options.percentCompletePoints });
    if (done !== null) {
      result.current = from + done * (targetValue - from);
      result.progress = done;
      result.score = clamp01(done);
      return result;
    }
  }
  if (current !== null) {
    const progress = (current - from) / (targetValue - from);
    result.progress = progress;
    result.score = clamp01(progress);
  }
  return result;
}

/** `(`, `[`, `*`, `~`, a footnote mark, or a leading word (`approx. 40`): the text may carry a note. */
const MAYBE_NOTE = /[([*†‡~≈∼¹²³]|^\p{L}/u;

/** A current cell that is a milestone's state (a checkbox, a done-word, `in progress`): no numbers come from the KR text then. */
function milestoneState(current: Cell, currentText: string): boolean {
  return typeof current === 'boolean' || (currentText !== '' && (doneWord(currentText) || PROGRESS_WORD.test(stripEmoji(currentText))));
}

function inferKind(target: TargetReading, cells: KeyResultCells, startText: string, currentText: string): KeyResultKind {
  if (target.type === 'date' || target.type === 'done') return 'milestone';
  if (target.type === 'baseline') return 'baseline';
  if (target.type === 'blank') {
    if (/baseline|benchmark|for the first time|basislinie|ligne de base|línea base|linha de base/i.test(cellText(cells.title ?? null))) return 'baseline';
    // Only a progress value (percent complete or a checkbox): a milestone with a fraction complete.
    if (!startText && currentText) return 'milestone';
    return 'increase';
  }
  if (target.type === 'range') return 'threshold';
  return 'increase'; // increase vs decrease is settled once the numbers are known
}

function scoreMilestone(
  result: KeyResultScore,
  cells: KeyResultCells,
  target: TargetReading,
  currentText: string,
  dueDay: number | null,
  percentMode: boolean,
  options: ScoreKeyResultOptions,
): KeyResultScore {
  result.kind = 'milestone';
  const current = cells.current;
  if (!currentText) return result; // no data
  if (current === true || doneWord(currentText)) {
    result.done = true;
    result.score = 1;
    result.current = 1;
    return result;
  }
  if (current === false || PROGRESS_WORD.test(stripEmoji(currentText))) {
    result.score = 0;
    result.current = 0;
    result.pending = true;
    return result;
  }
  if (typeof current === 'number' && target.type !== 'number' && !percentMode && !options.currentIsProgress && serialDay(current) !== null) {
    // A completion date from the Sheets API (serial number).
    return completedOn(result, serialDay(current)!, dueDay, currentText, options.asOf);
  }
  const isPercent = currentText.includes('%');
  const value = typeof current === 'number' || isPercent || /^[\d.,\s]+$/.test(currentText)
    ? parseNumber(current, { locale: options.locale, decimal: options.decimals?.current })
    : null;
  if (value !== null) {
    let fraction = value;
    if (!isPercent && value > 1 && (percentMode || options.currentIsProgress || target.type === 'number')) {
      fraction = target.type === 'number' && !percentMode && !options.currentIsProgress ? value / target.value : value / 100;
    }
    if (!isPercent && value > 1 && !(percentMode || options.currentIsProgress || target.type === 'number')) {
      // docs/scoring.md, "Pending milestones": not done and not a fraction complete → 0 (counted), with a hint.
      return notUnderstood(result, currentText, `Current: "${currentText}" is not a fraction complete, so it counts as 0 — write a percentage like 40%, done, or a completion date`);
    }
    result.current = fraction;
    if (fraction >= 1) {
      result.done = true;
      result.score = 1;
    } else {
      result.score = clamp01(fraction);
      result.pending = fraction <= 0;
    }
    return result;
  }
  const completed = parseDateDay(current, { locale: options.locale, year: options.year, serial: false });
  if (completed !== null) return completedOn(result, completed, dueDay, currentText, options.asOf);
  return notUnderstood(result, currentText, `Current: "${currentText}" is not a milestone state, so it counts as 0 — write done, a completion date, or a percentage like 40%`);
}

/** A milestone current that says neither done nor how far: scores 0 like `not started` (docs/scoring.md, "Key result scores"), with a warning. */
function notUnderstood(result: KeyResultScore, value: string, message: string): KeyResultScore {
  result.score = 0;
  result.current = 0;
  result.pending = true;
  result.warning = { column: 'current', value, message };
  return result;
}

function completedOn(result: KeyResultScore, completed: number, dueDay: number | null, text: string, asOf: Date | string | undefined): KeyResultScore {
  const today = asOf === undefined ? null : parseDateDay(asOf);
  if (today !== null && completed > today) {
    // A date after the as-of date is a plan, not a completion.
    return notUnderstood(result, text, `Current: "${text}" is after the as-of date ${isoDate(today)}, so it is not a completion date and counts as 0 — write done or the date it was finished`);
  }
  result.done = true;
  result.score = 1;
  result.current = 1;
  result.late = dueDay !== null && completed > dueDay;
  return result;
}

/** The calendar day of a whole number that can only be a Sheets serial date (2000-01-01 .. 2099-12-31), else null. */
function serialDay(value: number): number | null {
  return Number.isInteger(value) && value >= 36_526 && value <= 73_050 ? value - SERIAL_EPOCH_OFFSET : null;
}

/**
 * Whether a number target is a date sent as a Sheets serial number (2000-01-01 .. 2099-12-31) on a
 * milestone: the Kind says milestone, or the current cell is a checkbox, a done-word or a progress word.
 */
function serialMilestone(value: number, current: Cell, explicitKind: KeyResultKind | null): boolean {
  if (serialDay(value) === null) return false;
  if (explicitKind) return explicitKind === 'milestone';
  if (typeof current === 'boolean') return true;
  const text = cellText(current);
  return text !== '' && (doneWord(text) || PROGRESS_WORD.test(stripEmoji(text)));
}

/** The year of an as-of date (for dates written without one when no period is known). */
function asOfYear(asOf: Date | string | undefined): number | undefined {
  if (asOf === undefined) return undefined;
  const day = parseDateDay(asOf);
  return day === null ? undefined : yearOf(day);
}

function thresholdScore(current: number, low: number | null, high: number | null): number {
  if ((low === null || current >= low) && (high === null || current <= high)) return 1;
  const d = low !== null && current < low ? low - current : current - (high as number);
  let w: number;
  if (low !== null && high !== null && high > low) w = high - low;
  else {
    const bound = low !== null && current < low ? low : (high as number);
    w = bound === 0 ? 1 : Math.abs(bound) * 0.1;
  }
  return Math.max(0, 1 - d / w);
}

function readNumber(cell: Cell | undefined, decimal: '.' | ',' | undefined, locale: string | undefined, percentMode: boolean): number | null {
  if (cell === undefined) return null;
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  const value = parseNumberAs(cell, decimal ?? localeDecimal(locale) ?? undefined);
  if (value === null) return null;
  const written = typeof cell === 'string' && cell.includes('%');
  return scale(value, percentMode, written);
}

/** In percent mode a bare number above 1 is percent points (`65` → 0.65). */
function scale(value: number, percentMode: boolean, writtenWithPercent: boolean): number {
  return percentMode && !writtenWithPercent && Math.abs(value) > 1 ? value / 100 : value;
}

function clamp01(x: number): number {
  return Number.isNaN(x) ? 0 : Math.min(1, Math.max(0, x));
}

function stripEmoji(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+/u, '').trim();
}

function looksLikePeriod(text: string): boolean {
  return /^(fy\s?\d{2,4}\s*)?(q[1-4]|h[12])\b|\b(q[1-4]|h[12])$|^\d{4}$/i.test(text.trim());
}

function fail(result: KeyResultScore, column: KeyResultColumn, value: string, message: string): KeyResultScore {
  result.error = { column, value, message };
  result.score = null;
  result.progress = null;
  return result;
}
