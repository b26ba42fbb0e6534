import type { Cell } from './types';
import { cellEvidence } from './decimal-separator';
import { noValue } from './no-value';
import { parseNumber } from './parse-number';
import { digitsEvidence, type DigitsEvidence } from './read-digits';
import { quickNumber, quickValue } from './quick-number';
import { scanNumber } from './scan-number';

/** One pasted cell, read. */
export interface PasteCellReading {
  /** A number, the text as written (trimmed), or `''`. */
  value: Cell;
  kind: 'blank' | 'error' | 'number' | 'text';
  percent: boolean;
  currency: string | null;
  /** What the cell says about the decimal separator, as `cellEvidence` (used for the paste's vote). */
  evidence: DigitsEvidence;
}

const LEADING_ZERO = /^0\d/;
const MAX_DIGITS = 15;
/** A plain decimal with more digits than an id could be confused with: a float artifact (`0.3999999999999999`). */
const LONG_DECIMAL = /^-?\d{1,15}\.\d+$/;

const BLANK: PasteCellReading = { value: '', kind: 'blank', percent: false, currency: null, evidence: null };
const ERROR: PasteCellReading = { value: '', kind: 'error', percent: false, currency: null, evidence: null };

/**
 * Reads one pasted cell (already trimmed): source errors and placeholders (`#DIV/0!`, `#N/A`, `-`,
 * `N/A`, `TBD`) become `''`; a number written alone (with sign, currency, `%`, scale suffix) becomes
 * a number, with `decimal` deciding `2.546`; everything else stays the exact text: words, numbers
 * with a unit word (`45 days`, kept for readSheet), text with a leading `+` (`+10%` is a relative
 * target), dates (`2026-11-30`, `12/18/17`), times,
 * comparators (`<= 2 %`), codes with leading zeros (`00123`), long digit strings (ids), formulas.
 *
 * @example
 * pasteCell('1.234,56 €', ',') // { value: 1234.56, kind: 'number', currency: '€', percent: false, evidence: ',' }
 * pasteCell('#DIV/0!', '.') // { value: '', kind: 'error', ... }
 * pasteCell('45 days', '.') // { value: '45 days', kind: 'text', ... }
 */
export function pasteCell(text: string, decimal: '.' | ','): PasteCellReading {
  if (text === '') return BLANK;
  const first = text.charCodeAt(0);
  if (noValue(text)) return ERROR;
  // `+10%` is a relative target (docs/scoring.md, "Key result kinds"), `00123` a code: keep both as written.
  if (first === 43 || LEADING_ZERO.test(text)) return textCell(text, cellEvidence(text));
  const quick = quickNumber(text);
  if (quick === null) return textCell(text, null);
  if (quick !== undefined) {
    return { value: quickValue(quick, decimal), kind: 'number', percent: quick.percent, currency: quick.currency, evidence: quick.evidence };
  }
  if (countDigits(text) > MAX_DIGITS) {
    // A float artifact of a spreadsheet or a script (`1050.0000000000002`) is the number it rounds.
    if (LONG_DECIMAL.test(text)) return { value: Number(text), kind: 'number', percent: false, currency: null, evidence: '.' };
    return textCell(text, cellEvidence(text));
  }
  const parts = scanNumber(text);
  if (parts === null) return textCell(text, null);
  const evidence = digitsEvidence(parts.digits);
  if (parts.unit !== null) return textCell(text, evidence);
  const value = parseNumber(text, { decimal });
  if (value === null) return textCell(text, evidence);
  return { value, kind: 'number', percent: parts.percent, currency: parts.currency, evidence };
}

function textCell(text: string, evidence: DigitsEvidence): PasteCellReading {
  return { value: text, kind: 'text', percent: false, currency: null, evidence };
}

function countDigits(text: string): number {
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) k++;
  }
  return k;
}

/**
 * Whether a pasted cell (trimmed) is a number on its own, as `pasteCell` reads it: `1,234.50`,
 * `12 %`, `($448.88)`; not `2026 Budget`, `45 days`, `40000 - Revenue` or `00123`.
 */
export function isNumberCell(text: string): boolean {
  return pasteCell(text, '.').kind === 'number';
}
