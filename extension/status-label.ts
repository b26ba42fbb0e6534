import type { KeyResultResult, Status } from '../shared/types';

export interface StatusLabel {
  text: string;
  /** A shape as well as a colour, so the status reads without colour vision. */
  icon: string;
}

const LABELS: Record<Status, StatusLabel> = {
  green: { text: 'On track', icon: '✓' },
  amber: { text: 'At risk', icon: '!' },
  red: { text: 'Off track', icon: '✕' },
  grey: { text: 'No data', icon: '–' },
};

/**
 * The chip text and icon of a status; a key result refines it (done, baseline, not started).
 *
 * @example
 * statusLabel('red') // { text: 'Off track', icon: '✕' }
 */
export function statusLabel(status: Status, kr?: Pick<KeyResultResult, 'done' | 'kind' | 'current' | 'note' | 'late' | 'elapsed'>): StatusLabel {
  if (kr?.done) return { text: kr.late ? 'Done late' : 'Done', icon: '✓' };
  if (status === 'grey' && kr) {
    if (kr.kind === 'baseline') return { text: kr.note ? 'Baseline set' : 'Baseline', icon: '–' };
    if (kr.elapsed !== undefined && kr.elapsed !== null && kr.elapsed < 0) return { text: 'Not started', icon: '–' };
    if (kr.current !== null) return { text: 'Pending', icon: '–' };
  }
  return LABELS[status];
}
