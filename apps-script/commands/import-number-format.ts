import type { Cell } from '../../shared/types';

/** A column's kind as readPastedTable's `columnFormats` gives it. */
export type ImportColumnKind = 'currency' | 'percent' | 'number' | 'date' | 'text';

/** Plain text: header cells, text and date columns (dates stay text, as readPastedTable keeps them). */
export const TEXT_FORMAT = '@';

/** Symbols Sheets users write in front of the number; anything else (`€`, `kr`, `CHF`, `EUR`) goes after it. */
const SYMBOL_BEFORE = new Set(['$', 'US$', 'A$', 'C$', 'NZ$', 'HK$', 'R$', '£', '¥', '₹', '₩', '₪', '฿', '₱']);

/**
 * The Sheets number format for one imported column, from its kind, its values and the paste's
 * currency: `"$"#,##0.00`, `#,##0.00 "€"` (after the number when the paste used a decimal comma or
 * the symbol is not a prefix one), `0.0%`, `#,##0.###`; cents and decimals only as many as the values
 * need (QuickBooks "without cents" → `"$"#,##0`). Text and date columns are plain text (`@`).
 *
 * @example
 * importNumberFormat('currency', [1201, 800.5], '$', '.') // '"$"#,##0.00'
 * importNumberFormat('percent', [0.412, 0.4], null, ',') // '0.0%'
 */
export function importNumberFormat(kind: ImportColumnKind | undefined, values: readonly Cell[], currency: string | null | undefined, decimal: '.' | ',' = '.'): string {
  if (kind === 'currency') {
    const cents = decimals(values, 1) > 0 ? '.00' : '';
    const symbol = (currency ?? '').replace(/"/g, '').trim();
    if (!symbol) return `#,##0${cents}`;
    return SYMBOL_BEFORE.has(symbol) && decimal === '.' ? `"${symbol}"#,##0${cents}` : `#,##0${cents} "${symbol}"`;
  }
  if (kind === 'percent') {
    const places = Math.min(2, decimals(values, 100));
    return `0${places ? `.${'0'.repeat(places)}` : ''}%`;
  }
  if (kind === 'number') {
    const places = Math.min(6, decimals(values, 1));
    return `#,##0${places ? `.${'0'.repeat(places)}` : ''}`;
  }
  return TEXT_FORMAT;
}

/** The most decimal places any number of the column shows once multiplied by `scale`. */
function decimals(values: readonly Cell[], scale: number): number {
  let most = 0;
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    const text = String(Number((v * scale).toPrecision(12)));
    if (/e/i.test(text)) continue;
    const dot = text.indexOf('.');
    if (dot >= 0) most = Math.max(most, text.length - dot - 1);
  }
  return most;
}
