import type { Cell } from '../../shared/types';
import { decimalSeparator } from '../../shared/decimal-separator';
import { pasteCell } from '../../shared/paste-cell';
import { asText } from '../../shared/as-text';

export interface CleanUpInput {
  values: Cell[][];
  /** Same shape; '' for a cell without a formula. */
  formulas: string[][];
  /** Same shape; `@` marks plain-text cells. */
  numberFormats?: string[][];
  locale?: string | null;
}

/** One cell that changes. */
export interface CleanUpChange {
  /** 0-based within the selection. */
  row: number;
  column: number;
  from: string;
  to: number;
}

export interface CleanUpPlan {
  changes: CleanUpChange[];
  decimal: '.' | ',';
  /** The smallest block holding every change, 0-based within the selection, and what to write over it (null when nothing changes). */
  block: { row: number; column: number; grid: Cell[][] } | null;
}

/**
 * Clean up pasted cells: which text cells of a selection are numbers, read the way an import reads
 * them (readPastedTable's rules: one decimal separator for the whole selection from
 * `decimalSeparator` over its text cells and the locale, then `pasteCell`, which uses parseNumber —
 * `00123` codes, `+10%` targets, `45 days` and dates stay text). Formula cells, numbers, dates and
 * booleans are left as they are. Pure.
 *
 * What to write is the smallest block holding every change, so one setValues does it: the other cells
 * of that block are written back as they were (formulas as formulas, text kept as text).
 */
export function cleanUpPlan(input: CleanUpInput): CleanUpPlan {
  const { values, formulas } = input;
  const texts: string[] = [];
  values.forEach((row, r) => row.forEach((cell, c) => {
    if (typeof cell === 'string' && !formulas[r]?.[c]) texts.push(cell.trim());
  }));
  const decimal = decimalSeparator(texts, input.locale ?? undefined);
  const changes: CleanUpChange[] = [];
  values.forEach((row, r) => row.forEach((cell, c) => {
    if (typeof cell !== 'string' || formulas[r]?.[c]) return;
    const text = cell.trim();
    if (!text) return;
    const read = pasteCell(text, decimal);
    if (read.kind === 'number' && typeof read.value === 'number') changes.push({ row: r, column: c, from: cell, to: read.value });
  }));
  if (!changes.length) return { changes, decimal, block: null };

  const top = Math.min(...changes.map((x) => x.row));
  const bottom = Math.max(...changes.map((x) => x.row));
  const left = Math.min(...changes.map((x) => x.column));
  const right = Math.max(...changes.map((x) => x.column));
  const changed = new Map(changes.map((x) => [`${x.row},${x.column}`, x.to]));
  const grid: Cell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const out: Cell[] = [];
    for (let c = left; c <= right; c++) {
      const to = changed.get(`${r},${c}`);
      if (to !== undefined) out.push(to);
      else out.push(unchanged(values[r]?.[c] ?? '', formulas[r]?.[c] ?? '', input.numberFormats?.[r]?.[c] ?? ''));
    }
    grid.push(out);
  }
  return { changes, decimal, block: { row: top, column: left, grid } };
}

/** A cell written back as it was: its formula, or its value with text protected from being re-read. */
function unchanged(value: Cell, formula: string, format: string): Cell {
  if (formula) return formula;
  if (typeof value !== 'string') return value;
  // Plain-text cells keep strings as text by themselves (an apostrophe would be kept literally there), but not `=…`.
  if (format === '@' && !value.startsWith('=')) return value;
  return asText(value);
}
