/**
 * A score (0..1) as every face shows it: two decimals, or an en dash when there is none.
 *
 * @example
 * formatScore(0.6049) // '0.60'
 * formatScore(null) // '–'
 */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined || !Number.isFinite(score) ? '–' : score.toFixed(2);
}
