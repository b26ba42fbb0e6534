import type { Cell } from './types';
import { cellText } from './cell-text';

const TOTAL = /^(grand\s+|sub)?totals?(\s*[:\-–—].*|\s+(for|of|des|der|de)\b.*)?$|^(summe|gesamt|gesamtsumme|total général|total general|sum|average|avg|mean|median|durchschnitt|moyenne|promedio|média|media)\s*:?$/i;

/** A lone note written in the sheet: `Note: …`, `NB: …`, `Comment: …` (and German, French, Spanish, Portuguese). */
const NOTE = /^(note|notes|nb|n\.b\.|comment|comments|hinweis|anmerkung|remarque|nota|observación|observação)\s*:/i;

/**
 * Why a data row is skipped (SPEC section 7), or null when it is data: blank rows, repeated header rows,
 * `Total`/`Subtotal`/`Grand total`/`Average` rows and comment lines (`#`, `//`, or a lone `Note: …` cell).
 *
 * @example
 * skipReason(['Total', '', '3'], ['Objective', 'KR', 'Score']) // 'total row "Total"'
 */
export function skipReason(row: readonly Cell[], headers: readonly string[]): string | null {
  let first = '';
  let matchesHeader = 0;
  let filled = 0;
  let headerCells = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell === '' || cell === null || cell === undefined) continue;
    const text = typeof cell === 'string' ? cellText(cell) : 'x';
    if (!text) continue;
    filled++;
    if (!first) first = text;
    const header = headers[c];
    if (header) {
      headerCells++;
      if (typeof cell === 'string' && text.length === header.length && text.toLowerCase() === header.toLowerCase()) matchesHeader++;
    }
  }
  if (filled === 0) return 'blank row';
  if (headerCells >= 2 && matchesHeader >= Math.max(2, Math.ceil(headerCells * 0.6))) return 'repeated header row';
  if (first.startsWith('//') || /^#(\s|#|-|$)/.test(first)) return 'comment line';
  if (filled === 1 && NOTE.test(first)) return 'comment line';
  if (TOTAL.test(first)) return `total row "${first}"`;
  return null;
}
