import { calendarDay } from './calendar-day';

/**
 * A function giving the calendar day (days since 1970-01-01) an instant falls on in a time zone
 * (IANA name; undefined = the runtime's own zone), or null when the zone is unknown.
 *
 * @example
 * calendarDayIn('Pacific/Auckland')!(new Date('2026-09-29T11:00:00Z')) // the day of 2026-09-30
 */
export function calendarDayIn(timeZone: string | undefined): ((date: Date) => number) | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    return null;
  }
  return (date) => {
    let year = 0;
    let month = 0;
    let day = 0;
    for (const part of format.formatToParts(date)) {
      if (part.type === 'year') year = Number(part.value);
      else if (part.type === 'month') month = Number(part.value);
      else if (part.type === 'day') day = Number(part.value);
    }
    return calendarDay(year, month, day);
  };
}
