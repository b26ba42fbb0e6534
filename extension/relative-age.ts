/**
 * How long ago something happened, in words: `just now`, `5 min ago`, `2 h ago`, `3 days ago`.
 *
 * @example
 * relativeAge(5 * 60_000) // '5 min ago'
 */
export function relativeAge(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? '1 day ago' : `${days} days ago`;
}
