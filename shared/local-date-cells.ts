import type { Cell } from './types';
import { isDateCell } from './is-date-cell';
import { calendarDayIn } from './calendar-day-in';

/**
 * The rows with every Date cell moved to UTC midnight of the calendar day it shows in `timeZone`.
 * `Range.getValues()` returns a date cell as the instant of local midnight in the spreadsheet's time
 * zone; read in UTC, a date made at midnight in Auckland (UTC+13) would be the day before.
 * Rows without Date cells are passed through as they are. An unknown time zone changes nothing.
 *
 * @example
 * localDateCells([[new Date('2026-11-29T11:00:00Z')]], 'Pacific/Auckland') // [[2026-11-30T00:00:00Z]]
 */
export function localDateCells(rows: Cell[][], timeZone: string): Cell[][] {
  const dayIn = calendarDayIn(timeZone);
  if (!dayIn) return rows;
  const cache = new Map<number, Date>();
  return rows.map((row) => {
    let copy: Cell[] | null = null;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell !== 'object' || cell === null || !isDateCell(cell)) continue;
      const time = cell.getTime();
      if (Number.isNaN(time)) continue;
      let local = cache.get(time);
      if (!local) {
        local = new Date(dayIn(cell) * 86_400_000);
        if (cache.size < 10_000) cache.set(time, local);
      }
      if (local !== cell) (copy ??= row.slice())[c] = local;
    }
    return copy ?? row;
  });
}
