import type { Cell } from './types';
import { isDateCell } from './is-date-cell';
import { isoDate } from './calendar-day';
import { parseDateDay } from './parse-date';

/**
 * The text of a cell, trimmed, with no-break spaces as spaces; `''` for blank and null.
 *
 * @example
 * cellText('  Ana\u00a0P. ') // 'Ana P.'
 * cellText(12.5) // '12.5'
 */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') {
    if (cell === '') return '';
    const s = cell.trim();
    return s.indexOf('\u00a0') >= 0 || s.indexOf('\u202f') >= 0 ? s.replace(/[\u00a0\u202f]/g, ' ').trim() : s;
  }
  if (isDateCell(cell)) {
    const day = parseDateDay(cell);
    return day === null ? '' : isoDate(day);
  }
  return String(cell);
}

/** Whether a cell is blank (null, `''` or only spaces), without building its text. */
export function isBlankCell(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined || cell === '') return true;
  return typeof cell === 'string' && cellText(cell) === '';
}
