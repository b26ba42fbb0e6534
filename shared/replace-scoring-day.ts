import type { Cell, CheckIn } from './types';
import { HISTORY_COLUMNS } from './history-columns';
import { historyRow } from './history-row';

export interface ScoringDayWrite {
  /** 0-based index into the tab's values where the write starts (row `start + 1` in the sheet). */
  start: number;
  /** The rows to write from there, all as wide as the tab (at least the twelve history columns). */
  rows: Cell[][];
  /** How many rows after the written ones to blank (the tab got shorter). */
  clear: number;
  /** The tab's check-ins after the write, oldest first, with their new rows. */
  entries: CheckIn[];
}

/**
 * Records a scoring of one sheet on one day in the history tab: that day's scoring rows for that sheet
 * (date and sheet equal, `By` blank) are replaced by `replacement`, so scoring again the same day adds
 * nothing. Every other row (other days, other sheets, people's check-ins, rows that do not parse) is
 * kept, in order. Only the tail from the first replaced row changes: the new rows go where the first
 * replaced row was (or at the end), later rows move up. `entries` are readHistory(values).entries.
 *
 * @example
 * replaceScoringDay([], [], { sheet: 'OKRs', date: '2026-11-30' }, rows) // { start: 0, rows: [header, ...], clear: 0, ... }
 */
export function replaceScoringDay(values: Cell[][], entries: CheckIn[], day: { sheet: string; date: string }, replacement: CheckIn[]): ScoringDayWrite {
  const width = Math.max(HISTORY_COLUMNS.length, ...values.slice(0, 1).map((row) => row.length));
  const pad = (row: Cell[]): Cell[] => (row.length === width ? row : row.length > width ? row.slice(0, width) : [...row, ...new Array<Cell>(width - row.length).fill('')]);
  const hasHeader = values.length > 0;
  const replaced = new Set<number>();
  for (const e of entries) if (e.row !== undefined && e.date === day.date && e.sheet === day.sheet && e.by === '') replaced.add(e.row - 1);
  let start = values.length;
  for (const index of replaced) if (index < start) start = index;
  const byRow = new Map<number, CheckIn>();
  for (const e of entries) if (e.row !== undefined && e.row - 1 >= start) byRow.set(e.row - 1, e);
  const rows: Cell[][] = hasHeader ? [] : [pad([...HISTORY_COLUMNS])];
  const next: CheckIn[] = entries.filter((e) => e.row === undefined || e.row - 1 < start);
  for (const entry of replacement) {
    next.push({ ...entry, row: start + rows.length + 1 });
    rows.push(pad(historyRow(entry)));
  }
  for (let i = start; i < values.length; i++) {
    if (replaced.has(i)) continue;
    const kept = byRow.get(i);
    if (kept) next.push({ ...kept, row: start + rows.length + 1 });
    rows.push(pad(values[i]!));
  }
  const written = start + rows.length;
  return { start, rows, clear: Math.max(0, values.length - written), entries: next };
}
