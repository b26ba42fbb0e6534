import type { Cell, PastedTable } from '../../shared/types';
import { importCell } from './import-cell';
import { formatKind, type ImportCellKind } from './import-cell-kinds';
import { importNumberFormat, TEXT_FORMAT, type ImportColumnKind } from './import-number-format';

/** The cells and number formats of a new KPI tab, ready for one setValues and one setNumberFormats. */
export interface NewTabPlan {
  /** Header first; numbers as numbers, text with a leading apostrophe. */
  grid: Cell[][];
  /** Same shape as `grid`: the header row plain text, then each cell's format. */
  formats: string[][];
  rows: number;
  columns: number;
}

/**
 * Lays out a pasted table (readPastedTable's result) as a new tab: the cleaned grid, rectangular,
 * every string protected as text, and number formats by column — the kind readPastedTable gives the
 * column (currency, percent, number; text and dates plain text) — refined by `cellKinds` (how each
 * number was written, importCellKinds) where a column mixes units: a `%` cell is a percentage and a
 * currency cell money wherever they are, a plain number in a percent column is a plain number, and in
 * a currency column it is money (QuickBooks writes `$` on totals only). Pure.
 */
export function importNewTabPlan(table: PastedTable, cellKinds: (ImportCellKind | null)[][] | null = null): NewTabPlan {
  const columns = table.values.reduce((w, row) => Math.max(w, row.length), 0);
  if (table.values.length === 0 || columns === 0) return { grid: [], formats: [], rows: 0, columns: 0 };
  const grid = table.values.map((row) => Array.from({ length: columns }, (_, c) => importCell(row[c])));

  // Each number cell's format kind, then one format per (column, kind) from that group's values.
  const kindOf = (r: number, c: number): ImportColumnKind => formatKind(table.columnFormats?.[c] ?? 'text', cellKinds?.[r]?.[c]);
  const kinds = table.values.map((row, r) => Array.from({ length: columns }, (_, c) => (r === 0 ? 'text' : kindOf(r, c))));
  const groups = new Map<string, Cell[]>();
  table.values.forEach((row, r) => {
    if (r === 0) return;
    for (let c = 0; c < columns; c++) {
      const key = `${c}:${kinds[r]![c]}`;
      const list = groups.get(key) ?? [];
      list.push(row[c] ?? '');
      groups.set(key, list);
    }
  });
  const formatOf = new Map<string, string>();
  for (const [key, values] of groups) {
    const kind = key.slice(key.indexOf(':') + 1) as ImportColumnKind;
    formatOf.set(key, importNumberFormat(kind, values, table.currency, table.decimal ?? '.'));
  }
  const formats = grid.map((row, r) => row.map((_, c) => (r === 0 ? TEXT_FORMAT : formatOf.get(`${c}:${kinds[r]![c]}`) ?? TEXT_FORMAT)));
  return { grid, formats, rows: grid.length, columns };
}
