/**
 * `minutes` moved by up to ±10 % (`random` in [0, 1)), so that thousands of browsers started at the
 * same hour do not all read their sheets in the same minute.
 *
 * @example
 * jitteredMinutes(60, 0) // 54
 * jitteredMinutes(60, 0.5) // 60
 */
export function jitteredMinutes(minutes: number, random: number): number {
  const factor = 0.9 + 0.2 * Math.min(Math.max(random, 0), 1);
  return Math.round(minutes * factor * 100) / 100;
}
