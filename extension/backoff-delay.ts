/** The first wait after a 429 or 5xx answer; each further failure in a row doubles it. */
export const FIRST_BACKOFF_MS = 30_000;

/**
 * How long to wait before reading a sheet again after `failures` busy answers (429 or 5xx) in a row:
 * 30 s, 1 min, 2 min, 4 min… but never less than Google's `Retry-After`, and never more than the
 * refresh interval (`capMs`), so the regular schedule is never slowed down.
 *
 * @example
 * backoffDelay(3, null, 3_600_000) // 120_000
 * backoffDelay(1, 90_000, 3_600_000) // 90_000
 */
export function backoffDelay(failures: number, retryAfterMs: number | null, capMs: number): number {
  const exponential = FIRST_BACKOFF_MS * 2 ** Math.max(0, Math.min(failures, 30) - 1);
  return Math.min(capMs, Math.max(exponential, retryAfterMs ?? 0));
}
