/**
 * A score as the UI shows it: two decimals, or an en dash when there is none.
 *
 * @example
 * formatScore(0.6049) // '0.60'
 */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined || !Number.isFinite(score) ? '–' : score.toFixed(2);
}

/**
 * A value as the UI shows it: up to 2 decimals, percent when the unit is `%`.
 *
 * @example
 * formatValue(0.71, '%') // '71%'
 */
export function formatValue(value: number | null | undefined, unit?: string | null): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (unit === '%') return `${Math.round(value * 1000) / 10}%`;
  const rounded = Math.round(value * 100) / 100;
  return `${rounded.toLocaleString('en-US')}${unit && unit !== '%' ? ` ${unit}` : ''}`;
}
