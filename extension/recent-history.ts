import type { Cell } from '../shared/types';

/** History rows kept in the cache: enough for every KR's trend over a quarter, small for chrome.storage. */
export const CACHED_HISTORY_ROWS = 3000;

/**
 * The history tab's values as kept in the cache: the header and the last `limit` rows (the tab grows by
 * a row per KR per day; a trend needs only recent days). Null stays null.
 *
 * @example
 * recentHistory([header, ...fiveThousandRows])!.length // 3001
 */
export function recentHistory(values: Cell[][] | null, limit = CACHED_HISTORY_ROWS): Cell[][] | null {
  if (!values || values.length <= limit + 1) return values;
  return [values[0]!, ...values.slice(values.length - limit)];
}
