import { localeSeparators } from './locale-separators';
import { zonedTime } from './zoned-date';

/** A stored cell value: `''` is blank. Dates are instants (spreadsheet time zone applied). */
export type StoredValue = string | number | boolean | Date;

export type TypedInput =
  | { kind: 'value'; value: StoredValue; numberFormat: string | null }
  | { kind: 'formula'; formula: string };

export interface TypedInputOptions {
  locale: string;
  timeZone: string;
  /** Year used for dates typed without one (`11/30`). */
  currentYear: number;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) && y >= 1 && y <= 9999;
}

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length <= 2) return y < 30 ? 2000 + y : 1900 + y;
  return y;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const patterns = new Map<string, { plain: RegExp; grouped: RegExp; groupChars: RegExp }>();

function numberPatterns(decimal: string, group: string[]): { plain: RegExp; grouped: RegExp; groupChars: RegExp } {
  const key = decimal + group.join('');
  let p = patterns.get(key);
  if (!p) {
    const dec = escapeRe(decimal);
    const groups = group.map(escapeRe).join('|');
    p = {
      plain: new RegExp(`^(\\d*)(?:${dec}(\\d*))?(?:[eE]([+-]?\\d+))?$`),
      grouped: new RegExp(`^(\\d{1,3}(?:(?:${groups})\\d{3})+)(?:${dec}(\\d*))?$`),
      groupChars: new RegExp(groups, 'g'),
    };
    patterns.set(key, p);
  }
  return p;
}

/** Parses a number the way Sheets reads typed text; null when it is not one. */
function parseTypedNumber(text: string, locale: string): { value: number; numberFormat: string | null } | null {
  const sep = localeSeparators(locale);
  let t = text;
  let sign = 1;
  let currency: string | null = null;
  let percent = false;
  const takeSign = () => {
    if (t.startsWith('-')) {
      sign = -sign;
      t = t.slice(1).trim();
    } else if (t.startsWith('+')) {
      t = t.slice(1).trim();
    }
  };
  takeSign();
  const cur = /^([$€£¥])\s?/.exec(t);
  if (cur) {
    currency = cur[1] as string;
    t = t.slice(cur[0].length);
    takeSign();
  }
  const curAfter = /\s?([$€£¥])$/.exec(t);
  if (!currency && curAfter) {
    currency = curAfter[1] as string;
    t = t.slice(0, -curAfter[0].length);
  }
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1).trimEnd();
  }
  const { plain, grouped, groupChars } = numberPatterns(sep.decimal, sep.group);
  let intPart: string;
  let fracPart: string;
  let exponent = 0;
  let usedGrouping = false;
  const p = plain.exec(t);
  const g = p ? null : grouped.exec(t);
  if (p) {
    intPart = p[1] ?? '';
    fracPart = p[2] ?? '';
    if (p[3] !== undefined) exponent = Number(p[3]);
  } else if (g) {
    intPart = (g[1] ?? '').replace(groupChars, '');
    fracPart = g[2] ?? '';
    usedGrouping = true;
  } else {
    return null;
  }
  if (intPart === '' && fracPart === '') return null;
  let value = sign * Number(`${intPart || '0'}.${fracPart || '0'}e${exponent}`);
  if (!Number.isFinite(value)) return null;
  let numberFormat: string | null = null;
  const decimals = fracPart.length > 0 ? '.00' : '';
  if (percent) {
    value /= 100;
    numberFormat = `0${decimals}%`;
  } else if (currency) {
    numberFormat = `"${currency}"#,##0${decimals}`;
  } else if (exponent !== 0 || /[eE]/.test(t)) {
    numberFormat = '0.00E+00';
  } else if (usedGrouping) {
    numberFormat = `#,##0${decimals}`;
  }
  value = Number(value.toPrecision(15));
  return { value, numberFormat };
}

function parseTime(text: string): { h: number; m: number; s: number; pattern: string } | null {
  const t = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([aApP][mM])?$/.exec(text);
  if (!t) return null;
  let h = Number(t[1]);
  const m = Number(t[2]);
  const s = t[3] ? Number(t[3]) : 0;
  if (t[4]) {
    if (h < 1 || h > 12) return null;
    const pm = t[4].toLowerCase() === 'pm';
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || m > 59 || s > 59) return null;
  const pattern = `${t[4] ? 'h' : 'H'}:mm${t[3] ? ':ss' : ''}${t[4] ? ' am/pm' : ''}`;
  return { h, m, s, pattern };
}

/** Parses a date (optionally with a time) the way Sheets reads typed text. */
function parseTypedDate(text: string, options: TypedInputOptions): { value: Date; numberFormat: string } | null {
  const sep = localeSeparators(options.locale);
  let datePart = text;
  let time: ReturnType<typeof parseTime> = null;
  const split = /^(.+?)[ T](\d{1,2}:\d{2}(?::\d{2})?(?:\s*[aApP][mM])?)$/.exec(text);
  if (split) {
    time = parseTime(split[2] as string);
    if (!time) return null;
    datePart = (split[1] as string).trim();
  }
  let y: number;
  let m: number;
  let d: number;
  let format: string;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(datePart))) {
    y = Number(match[1]);
    m = Number(match[3]);
    d = Number(match[4]);
    format = match[2] === '-' ? 'yyyy-mm-dd' : `yyyy${match[2]}mm${match[2]}dd`;
  } else if ((match = /^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/.exec(datePart))) {
    const a = Number(match[1]);
    const b = Number(match[3]);
    // A bare "1.5" in a decimal-point locale is a number, not a date; the caller tries numbers first.
    if (match[4] === undefined && match[2] === '.' && sep.decimal === '.') return null;
    y = match[4] === undefined ? options.currentYear : fullYear(match[4]);
    [m, d] = sep.dayFirst ? [b, a] : [a, b];
    const s = match[2];
    format = sep.dayFirst ? `d${s}M${s}yyyy` : `M${s}d${s}yyyy`;
  } else if ((match = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(datePart))) {
    const mi = MONTH_NAMES.indexOf((match[1] as string).slice(0, 3).toLowerCase());
    if (mi < 0) return null;
    y = Number(match[3]);
    m = mi + 1;
    d = Number(match[2]);
    format = 'mmm d, yyyy';
  } else if ((match = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4})$/.exec(datePart))) {
    const mi = MONTH_NAMES.indexOf((match[2] as string).slice(0, 3).toLowerCase());
    if (mi < 0) return null;
    y = Number(match[3]);
    m = mi + 1;
    d = Number(match[1]);
    format = 'd mmm yyyy';
  } else if ((match = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(datePart))) {
    const mi = MONTH_NAMES.indexOf((match[1] as string).slice(0, 3).toLowerCase());
    if (mi < 0) return null;
    y = Number(match[2]);
    m = mi + 1;
    d = 1;
    format = 'mmmm yyyy';
  } else {
    return null;
  }
  if (!validDate(y, m, d)) return null;
  const ms = zonedTime(options.timeZone, y, m, d, time?.h ?? 0, time?.m ?? 0, time?.s ?? 0);
  const numberFormat = time ? `${format} ${time.pattern.replace(/ am\/pm$/, '')}${/am\/pm/.test(time.pattern) ? ' am/pm' : ''}` : format;
  return { value: new Date(ms), numberFormat };
}

/**
 * What Sheets stores when a person types `text` into a cell (and what
 * `Range.setValue(s)` stores for a string): formulas for `=...` (and for
 * `+`/`-` text that is not a number), numbers, percentages, booleans, dates
 * and times; `'` forces text.
 */
export function parseTypedInput(text: string, options: TypedInputOptions): TypedInput {
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1), numberFormat: null };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'value', value: text === '' ? '' : text, numberFormat: null };
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE', numberFormat: null };
  const num = parseTypedNumber(trimmed, options.locale);
  if (num) return { kind: 'value', value: num.value, numberFormat: num.numberFormat };
  const date = parseTypedDate(trimmed, options);
  if (date) return { kind: 'value', value: date.value, numberFormat: date.numberFormat };
  const time = parseTime(trimmed);
  if (time) {
    const ms = zonedTime(options.timeZone, 1899, 12, 30, time.h, time.m, time.s);
    return { kind: 'value', value: new Date(ms), numberFormat: time.pattern };
  }
  if ((text.startsWith('+') || text.startsWith('-')) && text.length > 1) return { kind: 'formula', formula: `=${text}` };
  return { kind: 'value', value: text, numberFormat: null };
}
