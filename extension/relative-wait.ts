/**
 * How long until something happens, in words: `in under a minute`, `in 4 min`, `in 1 h`.
 *
 * @example
 * relativeWait(4 * 60_000) // 'in 4 min'
 */
export function relativeWait(ms: number): string {
  const minutes = Math.ceil(Math.max(0, ms) / 60_000);
  if (minutes <= 1) return ms < 60_000 ? 'in under a minute' : 'in 1 min';
  if (minutes < 60) return `in ${minutes} min`;
  return `in ${Math.round(minutes / 60)} h`;
}
