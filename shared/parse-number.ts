import type { Cell, ParseNumberOptions } from './types';
import { canonicalDigits } from './read-digits';
import { localeDecimal } from './locale-decimal';
import { monthNumber } from './month-number';
import { quickNumberInto, quickValue, type QuickNumber } from './quick-number';
import { scanNumber } from './scan-number';

const FAST = /^-?\d+(?:\.\d+)?$/;
const SCIENTIFIC = /^[-+]?(?:\d+\.?\d*|\.\d+)[eE][-+]?\d{1,3}$/;
/** Where `quickNumberInto` writes: every field is written, then read, within one call; it never leaves this file. */
const QUICK: QuickNumber = { negative: false, percent: false, scale: 0, mantissa: 0, mode: 'int', fraction: 0, separator: null, evidence: null, currency: null };
const EXPONENT: Record<number, number> = { 1: 0, 1e3: 3, 1e6: 6, 1e9: 9, 1e12: 12 };

/**
 * Reads a number the way people and exports write it, or returns null when the cell is not one
 * number. Never throws.
 *
 * Reads: `1234.5`, `1,234.50`, `$1,234.50`, `US$ 1,234`, `€ 1.234,50`, `1.234,50 €`, `1 234,50`
 * (space, no-break space U+00A0 or narrow no-break space U+202F as thousands), `1'234.50`,
 * negatives `-12`, `−12` (Unicode minus), `(1,234.50)`, `1,234.50-`, `-$11,809.12`, `($448.88)`;
 * percentages as fractions (`12.5%` → 0.125, `83 %` → 0.83); scale suffixes `k`, `M`, `B`, `bn`,
 * `Mio`, `Mrd` (`1.2k` → 1200); a trailing unit word is ignored (`45 days` → 45,
 * `752,886.79 Mlls` → 752886.79: a word that is not a known scale is a unit).
 *
 * Not numbers (null): booleans, Date cells, null, `''`, words, words with digits (`Q3`, `v2`,
 * `KR1.2`), two numbers (`7/10`, `70-80%`, `12 34`), dates (`2026-11-30`, `9/30/2026`,
 * `30 Nov`), times (`00:01:23`), comparators (`<= 2%`), version-like text (`40.0.2214.111`).
 *
 * Decimal separator: cells that can be read only one way are read that way (`1,15` → 1.15,
 * `1.234,56` → 1234.56, `1,234.56` → 1234.56, `1.234.567` → 1234567). Only one separator followed
 * by exactly three digits (`1,234`, `2.546`) is ambiguous: `options.decimal` decides, else the
 * locale's separator (`de-DE` → `,`, so `1.234` → 1234), else `.` (so `1,234` → 1234).
 *
 * JavaScript numbers pass through unchanged (non-finite → null). `options.percent` does NOT
 * rescale anything here: `75` stays 75 and `75%` is 0.75 with or without it. Reading a bare number
 * as percent points (`65` → 0.65 next to `70%`) is the caller's job (readSheet, scoreKeyResultCells),
 * since only the caller sees the neighbouring cells that make a row a percentage row.
 *
 * @example
 * parseNumber('$1,234.50') // 1234.5
 * parseNumber('1.234,50 €') // 1234.5
 * parseNumber('(1,234.50)') // -1234.5
 * parseNumber('12.5%') // 0.125
 * parseNumber('1.234', { locale: 'de-DE' }) // 1234
 * parseNumber('Q3') // null
 */
export function parseNumber(text: Cell, options?: ParseNumberOptions): number | null {
  if (typeof text === 'number') return Number.isFinite(text) ? text : null;
  if (typeof text !== 'string') return null;
  return parseNumberAs(text, options?.decimal ?? localeDecimal(options?.locale) ?? undefined);
}

/**
 * `parseNumber` with the decimal separator already decided (`options.decimal`, else the locale's,
 * else undefined for `.`): row readers call it with no options object per cell.
 *
 * @example
 * parseNumberAs('1.234,50 €', ',') // 1234.5
 */
export function parseNumberAs(text: Cell, decimal: '.' | ',' | undefined): number | null {
  if (typeof text === 'number') return Number.isFinite(text) ? text : null;
  if (typeof text !== 'string') return null;
  if (FAST.test(text) && (decimal !== ',' || text.indexOf('.') < 0)) {
    const n = Number(text);
    return n === 0 ? 0 : n;
  }
  const quick = quickNumberInto(text, QUICK);
  if (quick === null) return null;
  if (quick !== undefined) return quickValue(quick, decimal);
  if (SCIENTIFIC.test(text)) {
    const n = Number(text);
    return Number.isFinite(n) ? n : null;
  }
  try {
    const parts = scanNumber(text);
    if (parts === null) return null;
    if (parts.unit !== null && monthNumber(parts.unit) !== null) return null;
    const digits = canonicalDigits(parts.digits, decimal);
    if (digits === null) return null;
    const exponent = (EXPONENT[parts.scale] ?? 0) - (parts.percentDivisor === 1000 ? 3 : parts.percent ? 2 : 0);
    const n = Number(exponent === 0 ? digits : `${digits}e${exponent}`);
    if (!Number.isFinite(n)) return null;
    if (n === 0) return 0;
    return parts.negative ? -n : n;
  } catch {
    return null;
  }
}

