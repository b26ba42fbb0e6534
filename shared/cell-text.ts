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
  if (typeof cell === 'string') {
    const s = cell.trim();
    return s.indexOf('\u00a0') >= 0 || s.indexOf('\u202f') >= 0 ? s.replace(/[\u00a0\u202f]/g, ' ').trim() : s;
  }
  if (isDateCell(cell)) {
    const day = parseDateDay(cell);
    return day === null ? '' : isoDate(day);
  }
  return String(cell);
}
