import type { Cell, KeyResultResult } from '../shared/types';
import { formatScore } from '../shared/format-score';
import { formatValue } from '../shared/format-value';
import { parseNumber } from '../shared/parse-number';
import { statusLabel } from '../shared/status-label';
import { scoreSheet } from './score-sheet';

export interface CheckInPreview {
  /** What is written to the Current cell: a number, or the text exactly as typed. */
  value: number | string;
  /** The KR scored by the engine with that value, or null when the row is not a KR any more. */
  kr: KeyResultResult | null;
  /** `45% → score 0.62, on track`. */
  text: string;
  /** The Current cell as cached (what the popup showed), '' when there is none. */
  shownCell: Cell;
}

/**
 * The value a person typed, read as the engine reads it (parseNumber in the sheet's locale; in a
 * percent row a bare number is percent points, as Sheets itself reads `45` typed into a `%` cell), and
 * the KR scored with it from the cached values: what the sheet will say once it is written.
 *
 * @example
 * checkInPreview(values, settings, 'Europe/Lisbon', 5, '45%', now).text // '45% → score 0.62, on track'
 */
export function checkInPreview(values: Cell[][], settingsValues: Cell[][] | null, timeZone: string | null, row: number, typed: string, now: Date): CheckInPreview {
  const { report, settings } = scoreSheet(values, settingsValues, now, timeZone);
  const before = report.objectives.flatMap((o) => o.keyResults).find((k) => k.row === row) ?? null;
  const column = report.columns.current;
  const number = parseNumber(typed, settings.locale ? { locale: settings.locale } : undefined);
  const percentPoints = number !== null && before?.format?.percent === true && !typed.includes('%');
  const value = number === null ? typed : percentPoints ? number / 100 : number;
  if (!before || column === undefined) return { value, kr: null, text: '', shownCell: '' };
  const shownCell = values[row - 1]?.[column] ?? '';
  const patched = values.map((r, i) => (i === row - 1 ? withCell(r, column, value) : r));
  const kr = scoreSheet(patched, settingsValues, now, timeZone).report.objectives.flatMap((o) => o.keyResults).find((k) => k.row === row) ?? null;
  if (!kr) return { value, kr: null, text: '', shownCell };
  const shown = typeof value === 'number' ? formatValue(kr.current ?? value, kr.format ?? before.format) : value;
  return { value, kr, text: `${shown} → score ${formatScore(kr.score)}, ${statusLabel(kr.status, kr).text.toLowerCase()}`, shownCell };
}

function withCell(row: Cell[], column: number, value: Cell): Cell[] {
  const cells = [...row];
  while (cells.length < column) cells.push('');
  cells[column] = value;
  return cells;
}
