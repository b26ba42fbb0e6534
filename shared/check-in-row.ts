import type { CheckIn } from './types';

/**
 * The 1-based tab row of a check-in the same day, by the same person, for the same KR on the same
 * sheet (to be replaced in place), or null (append a row). Sending a check-in twice is harmless.
 * A scoring's rows (`by` blank) are never matched. People are compared without case.
 *
 * @example
 * checkInRow(entries, { date: '2026-11-30', key: 'k7f3q', by: 'ana@example.com', sheet: 'OKRs' }) // 14 or null
 */
export function checkInRow(entries: CheckIn[], checkIn: Pick<CheckIn, 'date' | 'key' | 'by' | 'sheet'>): number | null {
  const by = checkIn.by.trim().toLowerCase();
  if (!by) return null;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.row !== undefined && e.date === checkIn.date && e.key === checkIn.key && e.sheet === checkIn.sheet && e.by.trim().toLowerCase() === by) return e.row;
  }
  return null;
}
