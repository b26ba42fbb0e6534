import type { Cell } from './types';
import { digitsEvidence, type DigitsEvidence } from './read-digits';
import { localeDecimal } from './locale-decimal';
import { quickNumberInto, type QuickNumber } from './quick-number';
import { scanNumber } from './scan-number';

/** Where `quickNumberInto` writes: every field is written, then read, within one call; it never leaves this file. */
const QUICK: QuickNumber = { negative: false, percent: false, scale: 0, mantissa: 0, mode: 'int', fraction: 0, separator: null, evidence: null, currency: null };
const DOT_NUMBER = /^-?(\d+)\.(\d+)$/;

/**
 * The decimal separator of a column (readSheet) or of a whole paste (readPastedTable), docs/scoring.md, "Reading values" and "Pasted exports".
 *
 * Cells that can be read only one way decide: `1,15`, `99,88%`, `1.234,56`, `1.234.567` say `,`;
 * `0.5`, `1,234.56`, `1,234,567` say `.`. When both kinds appear, the majority wins (a tie goes to
 * the locale, else `.`). When no cell decides (every `,` or `.` is followed by exactly three digits,
 * like `1,234` or `2.546`, or there are no separators at all), the locale decides (`de-DE`, `fr-FR`,
 * `es-ES`, `pt-BR`, `it-IT`, `nl-NL`... → `,`; `en-*` → `.`), default `.`.
 * JavaScript number cells, dates, booleans and text that is not a number say nothing.
 *
 * @example
 * decimalSeparator(['1,15', '2.546']) // ','
 * decimalSeparator(['1,234', '5,678']) // '.'
 * decimalSeparator(['1,234', '5,678'], 'de-DE') // ','
 */
export function decimalSeparator(cells: Cell[], locale?: string): '.' | ',' {
  let dot = 0;
  let comma = 0;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const evidence = cellEvidence(cell);
    if (evidence === '.') dot++;
    else if (evidence === ',') comma++;
  }
  return decideDecimal(dot, comma, locale);
}

/**
 * The vote behind `decimalSeparator`: how many cells can be read only with `.` and only with `,`;
 * the majority wins, a tie (including none) goes to the locale, else `.`.
 *
 * @example
 * decideDecimal(0, 3) // ','
 * decideDecimal(0, 0, 'fr-FR') // ','
 */
export function decideDecimal(dot: number, comma: number, locale?: string): '.' | ',' {
  if (dot > comma) return '.';
  if (comma > dot) return ',';
  return localeDecimal(locale) ?? '.';
}

/**
 * What one text cell says about the decimal separator (see `digitsEvidence`), or null when it is
 * not a number or has no separator.
 *
 * @example
 * cellEvidence('1.234,50 €') // ','
 * cellEvidence('$1,234') // 'ambiguous'
 */
export function cellEvidence(text: string): DigitsEvidence {
  if (text.indexOf('.') < 0 && text.indexOf(',') < 0) return null;
  const m = DOT_NUMBER.exec(text);
  if (m !== null) {
    const int = m[1]!;
    const frac = m[2]!;
    return frac.length === 3 && int.length <= 3 && int[0] !== '0' ? 'ambiguous' : '.';
  }
  const quick = quickNumberInto(text, QUICK);
  if (quick === null) return null;
  if (quick !== undefined) return quick.evidence;
  const parts = scanNumber(text);
  return parts === null ? null : digitsEvidence(parts.digits);
}
