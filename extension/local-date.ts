/**
 * The calendar date of an instant in a time zone (IANA name; the browser's when null), as ISO yyyy-mm-dd.
 *
 * @example
 * localDate(new Date('2026-11-18T23:30:00Z'), 'Europe/Berlin') // '2026-11-19'
 */
export function localDate(now: Date, timeZone: string | null): string {
  try {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: timeZone ?? undefined, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
  } catch {
    return now.toISOString().slice(0, 10);
  }
}
