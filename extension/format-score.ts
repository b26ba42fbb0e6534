/**
 * A score as shown: two decimals, or a dash when there is none.
 *
 * @example
 * formatScore(0.456) // '0.46'
 * formatScore(null) // '–'
 */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined || Number.isNaN(score) ? '–' : score.toFixed(2);
}
