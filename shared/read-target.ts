import type { Cell } from './types';
import { isDateCell } from './is-date-cell';
import { cellText } from './cell-text';
import { doneWord } from './done-word';
import { parseDateDay } from './parse-date';
import { localeDecimal } from './locale-decimal';
import { parseNumberAs } from './parse-number';
import { noValue } from './no-value';
import { valueNote } from './value-note';

/**
 * What a target cell says, before any scale or start is applied; `note` is a note written after the
 * value (`75% (stretch)` → `stretch`), kept for display.
 */
export type TargetReading = (
  | { type: 'blank' }
  | { type: 'number'; value: number; percent: boolean }
  | { type: 'range'; low: number | null; high: number | null; percent: boolean }
  | { type: 'relative'; op: 'add' | 'times' | 'addPercent'; amount: number }
  | { type: 'date'; day: number }
  | { type: 'done' }
  | { type: 'baseline' }
  | { type: 'invalid'; text: string }
) & { note?: string };

export interface ReadTargetOptions {
  locale?: string;
  decimal?: '.' | ',';
  /** Year for dates without one. */
  year?: number;
}

const BASELINE = /^(baseline|tbd|tbc|to be (defined|determined|set)|measure|n\/?a yet)$/i;
const RELATIVE_PERCENT = /^([+\-−–])\s*(\d+(?:[.,]\d+)?)\s*%$/;
const RELATIVE_TIMES = /^(?:[x×*]\s*(\d+(?:[.,]\d+)?)|(\d+(?:[.,]\d+)?)\s*[x×])$/i;
/** `+5`, `-5`, `−5` (Unicode minus), `+$50k`, `+5pp`, `+5 pts`: a signed amount added to the start. */
const RELATIVE_ADD = /^([+\-−–])\s*([^\s%+\-−–].*)$/;
const BETWEEN = /^(?:between\s+|from\s+)?(.+?)\s*(?:–|—|-|\bto\b|\band\b|\.\.|~)\s*(.+)$/i;
const AT_LEAST = /^(?:>=|≥|>|=>|at least|min(?:imum)?\.?:?|above|over)\s*(.+)$/i;
const AT_MOST = /^(?:<=|≤|<|=<|at most|max(?:imum)?\.?:?|below|under)\s*(.+)$/i;
const PLUS_MINUS = /^(?:±|\+\/-|\+-)\s*(.+)$/;
/** Three letters in a row: only text with a word can be a relative target in words (`$200k` is not). */
const WORD = /\p{L}{3}/u;
const AMOUNT = String.raw`\+?(\d+(?:[.,]\d+)?)\s*(%)?`;
const DOWN_WORD = String.raw`reduction|reduce|decrease|decline|cut|drop|lower|fewer|less|down|shrink`;
const UP_WORD = String.raw`increase|growth|grow|rise|raise|boost|improvement|improve|uplift|lift|more|higher|up`;
/** `reduce by 20%`, `cut 20%`, `increase by 5`: a verb, then the amount. */
const WORD_THEN_AMOUNT = new RegExp(String.raw`^(?:(${DOWN_WORD})|(${UP_WORD}))(?:\s+(?:it|them))?\s+(?:by\s+)?${AMOUNT}$`, 'i');
/** `50% reduction`, `20% increase`, `5 more`: the amount, then the word. */
const AMOUNT_THEN_WORD = new RegExp(String.raw`^${AMOUNT}\s+(?:(${DOWN_WORD})|(${UP_WORD}))$`, 'i');
/** `double`, `triple`, `halve`, `cut in half`: a factor in words. */
const FACTOR_WORDS: Record<string, number> = {
  double: 2, doubled: 2, 'double it': 2, triple: 3, tripled: 3, quadruple: 4, halve: 0.5, halved: 0.5, half: 0.5, 'cut in half': 0.5,
  'reduce by half': 0.5, 'verdoppeln': 2, 'halbieren': 0.5, 'doubler': 2, 'diviser par deux': 0.5, 'duplicar': 2, 'reducir a la mitad': 0.5,
};

/**
 * Reads a KR or KPI target cell: a number (`75`, `75%`, `$200k`), a range (`70-80%`, `70 to 80`,
 * `between 70 and 80`, `± 5%`), a one-sided band (`>= 80%`, `<= 2%`, `≤3%`), a relative target
 * (`+10%`, `-5`, `x2`), a due date, a done-word, or `baseline`/`TBD`.
 * A typed number cell is always an absolute number; only text with a leading sign is relative.
 *
 * @example
 * readTarget('70-80%') // { type: 'range', low: 0.7, high: 0.8, percent: true }
 * readTarget('+10%') // { type: 'relative', op: 'addPercent', amount: 0.1 }
 */
export function readTarget(cell: Cell, options: ReadTargetOptions = {}): TargetReading {
  const reading = readTargetAsWritten(cell, options);
  if (reading.type !== 'invalid') return reading;
  // `75% (stretch)`, `~40`, `40*`: the value with a note (docs/scoring.md, "Reading values").
  const noted = valueNote(reading.text);
  if (noted === null) return reading;
  const value = readTargetAsWritten(noted.value, options);
  return value.type === 'invalid' || value.type === 'blank' ? reading : { ...value, note: noted.note };
}

function readTargetAsWritten(cell: Cell, options: ReadTargetOptions): TargetReading {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { type: 'number', value: cell, percent: false } : { type: 'invalid', text: String(cell) };
  if (typeof cell === 'boolean') return cell ? { type: 'done' } : { type: 'invalid', text: 'FALSE' };
  if (isDateCell(cell)) {
    const day = parseDateDay(cell);
    return day === null ? { type: 'invalid', text: cellText(cell) } : { type: 'date', day };
  }
  const text = cellText(cell);
  if (!text) return { type: 'blank' };
  const decimal = options.decimal ?? localeDecimal(options.locale) ?? undefined;
  // Text that starts with a digit or a currency sign (`75%`, `$200k`) is no baseline word, done-word,
  // signed target or comparator.
  const plain = startsLikeAmount(text);
  if (!plain && BASELINE.test(text)) return { type: 'baseline' };
  if (!plain && doneWord(text)) return { type: 'done' };
  // `-`, `n/a`, `pending`, `no target`, `?`: no target yet, not an error.
  if (!plain && noValue(text, true)) return { type: 'blank' };
  if (WORD.test(text)) {
    const words = relativeInWords(text, decimal);
    if (words) return words;
  }
  let m = plain ? null : RELATIVE_PERCENT.exec(text);
  if (m) {
    const amount = parseNumberAs(m[2]!, decimal);
    if (amount !== null) return { type: 'relative', op: 'addPercent', amount: (m[1] === '+' ? amount : -amount) / 100 };
  }
  m = RELATIVE_TIMES.exec(text);
  if (m) {
    const amount = parseNumberAs(m[1] ?? m[2]!, decimal);
    if (amount !== null) return { type: 'relative', op: 'times', amount };
  }
  m = plain ? null : RELATIVE_ADD.exec(text);
  if (m) {
    const amount = /\d/.test(m[2]!) && !m[2]!.includes('%') ? parseNumberAs(m[2]!, decimal) : null;
    if (amount !== null && amount >= 0) return { type: 'relative', op: 'add', amount: m[1] === '+' ? amount : -amount };
  }
  const value = parseNumberAs(text, decimal);
  if (value !== null) return { type: 'number', value, percent: text.includes('%') };
  m = plain ? null : AT_LEAST.exec(text);
  if (m) {
    const v = parseNumberAs(m[1]!, decimal);
    if (v !== null) return { type: 'range', low: v, high: null, percent: text.includes('%') };
  }
  m = plain ? null : AT_MOST.exec(text);
  if (m) {
    const v = parseNumberAs(m[1]!, decimal);
    if (v !== null) return { type: 'range', low: null, high: v, percent: text.includes('%') };
  }
  m = plain ? null : PLUS_MINUS.exec(text);
  if (m) {
    const v = parseNumberAs(m[1]!, decimal);
    if (v !== null) return { type: 'range', low: -Math.abs(v), high: Math.abs(v), percent: text.includes('%') };
  }
  const day = parseDateDay(text, { locale: options.locale, year: options.year, serial: false });
  if (day !== null) return { type: 'date', day };
  m = BETWEEN.exec(text);
  if (m) {
    const percent = text.includes('%');
    let lowText = m[1]!;
    // `70-80%`: the unit written once after the high end applies to both.
    if (percent && !lowText.includes('%')) lowText += '%';
    const low = parseNumberAs(lowText, decimal);
    const high = parseNumberAs(m[2]!, decimal);
    if (low !== null && high !== null) return { type: 'range', low: Math.min(low, high), high: Math.max(low, high), percent };
  }
  return { type: 'invalid', text };
}

/**
 * A relative target in words (docs/scoring.md, "Key result kinds"): `50% reduction`, `reduce by 20%`,
 * `cut 20%`, `20% increase`, `increase by 5`, `double`, `halve`; null for anything else.
 */
function relativeInWords(text: string, decimal: '.' | ',' | undefined): TargetReading | null {
  const factor = FACTOR_WORDS[text.toLowerCase()];
  if (factor !== undefined) return { type: 'relative', op: 'times', amount: factor };
  let down: boolean;
  let amountText: string;
  let percent: boolean;
  let m = WORD_THEN_AMOUNT.exec(text);
  if (m) {
    down = m[1] !== undefined;
    amountText = m[3]!;
    percent = m[4] !== undefined;
  } else {
    m = AMOUNT_THEN_WORD.exec(text);
    if (!m) return null;
    amountText = m[1]!;
    percent = m[2] !== undefined;
    down = m[3] !== undefined;
  }
  const amount = parseNumberAs(amountText, decimal);
  if (amount === null) return null;
  const signed = down ? -amount : amount;
  return percent ? { type: 'relative', op: 'addPercent', amount: signed / 100 } : { type: 'relative', op: 'add', amount: signed };
}

function startsLikeAmount(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;
}
