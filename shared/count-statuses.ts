import type { Status } from './types';

export interface StatusCounts {
  green: number;
  amber: number;
  red: number;
  grey: number;
}

/**
 * How many items have each status.
 *
 * @example
 * countStatuses([{ status: 'red' }, { status: 'green' }, { status: 'red' }]) // { green: 1, amber: 0, red: 2, grey: 0 }
 */
export function countStatuses(items: readonly { status: Status }[]): StatusCounts {
  const counts: StatusCounts = { green: 0, amber: 0, red: 0, grey: 0 };
  for (const item of items) counts[item.status] += 1;
  return counts;
}
