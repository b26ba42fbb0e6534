import type { StatusCounts } from '../shared/count-statuses';

export interface BadgeState {
  text: string;
  color: string | null;
  title: string;
}

/**
 * The toolbar badge for my key results: the number of red ones on red, else the number of amber
 * ones on amber, else nothing.
 *
 * @example
 * badgeState({ green: 2, amber: 1, red: 3, grey: 0 }) // { text: '3', color: '#c62828', ... }
 */
export function badgeState(counts: StatusCounts | null): BadgeState {
  if (!counts) return { text: '', color: null, title: 'My key results' };
  if (counts.red > 0) return { text: String(counts.red), color: '#c62828', title: `My key results: ${counts.red} off track` };
  if (counts.amber > 0) return { text: String(counts.amber), color: '#b26a00', title: `My key results: ${counts.amber} at risk` };
  return { text: '', color: null, title: counts.green > 0 ? `My key results: ${counts.green} on track` : 'My key results' };
}
