/**
 * The elapsed fraction `t` of a period at the as-of day, counting calendar days (docs/scoring.md, "Status"):
 * negative before the period starts (so the status is grey), otherwise clamped to [0, 1].
 * Days are integers since 1970-01-01; `end` is exclusive. Null when the period is unknown.
 *
 * @example
 * elapsedFraction(day('2026-07-01'), day('2026-10-01'), day('2026-08-15')) // 45/92
 */
export function elapsedFraction(start: number | null, end: number | null, asOf: number): number | null {
  if (start === null || end === null) return null;
  if (asOf < start) return -1;
  if (end <= start) return 1;
  return Math.min(1, (asOf - start) / (end - start));
}
