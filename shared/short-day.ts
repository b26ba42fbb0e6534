const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * An ISO day as people read it, the one way every face writes a day: `Aug 22`, or `Aug 22, 2026` with
 * `withYear`. No clock or time zone is involved. Null when the text does not start with an ISO day.
 *
 * @example
 * shortDay('2026-08-22') // 'Aug 22'
 * shortDay('2026-11-30', true) // 'Nov 30, 2026'
 */
export function shortDay(iso: string, withYear = false): string | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const day = `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${Number(m[3])}`;
  return withYear ? `${day}, ${m[1]}` : day;
}
