/**
 * A score change as people read it: `+0.12`, `−0.05` (Unicode minus), `±0.00` for no change; '' for null.
 *
 * @example
 * signedChange(0.12) // '+0.12'
 * signedChange(-0.05) // '−0.05'
 */
export function signedChange(change: number | null): string {
  if (change === null || !Number.isFinite(change)) return '';
  const text = Math.abs(change).toFixed(2);
  if (text === '0.00') return '±0.00';
  return (change > 0 ? '+' : '\u2212') + text;
}
