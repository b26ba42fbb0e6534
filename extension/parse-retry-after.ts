/**
 * An HTTP `Retry-After` header in milliseconds from `now`: delay-seconds (`120`) or an HTTP date;
 * null when absent or unreadable.
 *
 * @example
 * parseRetryAfter('120', 0) // 120_000
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  const text = value?.trim() ?? '';
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}
