import type { PastedTable } from '../../shared/types';
import { parseDelimited } from '../../shared/parse-delimited';
import { pasteCell } from '../../shared/paste-cell';
import type { ImportColumnKind } from './import-number-format';

/** How one number was written in the paste. */
export type ImportCellKind = 'currency' | 'percent' | 'number';

/**
 * For each cell of `table.values` (the header row included), how that number was written in the
 * pasted text — `percent` (`41,2 %`), `currency` (`$1,234`, `1 234,50 €`) or a plain `number` — or
 * null for text, blanks, and numbers whose text cannot be found again. KPI registers mix units in one
 * column (revenue in €, margin in %), so the import formats such cells one by one. The text is split
 * again with the engine's own parseDelimited and each cell read with pasteCell (the reading
 * readPastedTable did), and a kind is kept only when that reading gives the very same number.
 * Returns null when the rows cannot be found again (`|` lists, whose borders are stripped).
 */
export function importCellKinds(text: string, table: PastedTable): (ImportCellKind | null)[][] | null {
  const delimiter = table.delimiter;
  if (!delimiter || delimiter === '|' || !table.sourceRows) return null;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parseDelimited(source, delimiter);
  const byLine = new Map<number, string[]>();
  parsed.lines.forEach((line, i) => byLine.set(line, parsed.rows[i] ?? []));
  const decimal = table.decimal ?? '.';
  return table.values.map((row, r) => {
    const raw = r === 0 ? undefined : byLine.get(table.sourceRows![r - 1] ?? -1);
    return row.map((value, c) => {
      if (r === 0 || typeof value !== 'number' || !raw) return null;
      const reading = pasteCell((raw[c] ?? '').trim(), decimal);
      if (reading.kind !== 'number' || reading.value !== value) return null;
      return reading.percent ? 'percent' : reading.currency !== null ? 'currency' : 'number';
    });
  });
}

/**
 * The format kind of one number cell: a `%` cell is a percentage and a currency cell money wherever
 * they are; a plain number is money in a currency column (QuickBooks writes `$` on totals only) and a
 * plain number elsewhere (`512` in a column of mostly `%`); unknown cells take the column's kind.
 *
 * @example
 * formatKind('percent', 'number') // 'number'
 */
export function formatKind(column: ImportColumnKind, cell: ImportCellKind | null | undefined): ImportColumnKind {
  if (cell === 'percent' || cell === 'currency') return cell;
  if (cell === 'number') return column === 'currency' ? 'currency' : 'number';
  return column;
}
