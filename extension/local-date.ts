import { calendarDayIn } from '../shared/calendar-day-in';
import { isoDate } from '../shared/calendar-day';

/**
 * The calendar date of an instant in a time zone (IANA name; the browser's when null), as ISO yyyy-mm-dd.
 * An unknown zone gives the UTC date.
 *
 * @example
 * localDate(new Date('2026-11-18T23:30:00Z'), 'Europe/Berlin') // '2026-11-19'
 */
export function localDate(now: Date, timeZone: string | null): string {
  const dayIn = calendarDayIn(timeZone ?? undefined);
  return dayIn ? isoDate(dayIn(now)) : now.toISOString().slice(0, 10);
}
