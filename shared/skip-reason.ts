import type { Cell } from './types';
import { cellText } from './cell-text';

const TOTAL = /^(grand\s+|sub)?totals?(\s*[:\-–—].*|\s+(for|of|des|der|de)\b.*)?$|^(summe|gesamt|gesamtsumme|total général|total general|sum|average|avg|mean|median|durchschnitt|moyenne|promedio|média|media)\s*:?$/i;

/** `# …`, `## …`, `#- …` or a lone `#`: a comment line (not `#N/A` or `#3`). */
const HASH_COMMENT = /^#(\s|#|-|$)/;

/** A lone note written in the sheet: `Note: …`, `NB: …`, `Comment: …` (and German, French, Spanish, Portuguese). */
const NOTE = /^(note|notes|nb|n\.b\.|comment|comments|hinweis|anmerkung|remarque|nota|observación|observação)\s*:/i;

/**
 * Why a data row is skipped (docs/scoring.md, "Reading values"), or null when it is data: blank rows, repeated header rows,
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
    // `trim` tells a blank string from a filled one and has the length of its `cellText`: the text itself
    // is built only for the first filled cell and for a cell as long as its header.
    const trimmed = typeof cell === 'string' ? cell.trim() : 'x';
    if (!trimmed) continue;
    filled++;
    if (!first) first = typeof cell === 'string' ? cellText(cell) : 'x';
    const header = headers[c];
    if (header) {
      headerCells++;
      if (typeof cell === 'string' && trimmed.length === header.length && cellText(cell).toLowerCase() === header.toLowerCase()) matchesHeader++;
    }
  }
  if (filled === 0) return 'blank row';
  if (headerCells >= 2 && matchesHeader >= Math.max(2, Math.ceil(headerCells * 0.6))) return 'repeated header row';
  if (first.startsWith('//') || HASH_COMMENT.test(first)) return 'comment line';
  if (filled === 1 && NOTE.test(first)) return 'comment line';
  if (TOTAL.test(first)) return `total row "${first}"`;
  return null;
}
