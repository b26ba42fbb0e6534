import type { KeyResultResult, Status } from './types';

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
 * The words and icon every face (sidebar, popup) shows for a status; a key result refines it: `Done`,
 * `Done late`, `Baseline`, `Baseline set`, `Not started`, and `Pending` for a milestone that is not done,
 * has no fraction complete and is not yet due (it scores 0 and counts as 0 in its objective, grey
 * until its due date passes; docs/scoring.md). Grey with no score is `No data`.
 *
 * @example
 * statusLabel('red') // { text: 'Off track', icon: '✕' }
 * statusLabel('grey', { kind: 'milestone', score: 0, current: 0 }).text // 'Pending'
 */
export function statusLabel(
  status: Status,
  kr?: Pick<KeyResultResult, 'kind' | 'current' | 'note'> & Partial<Pick<KeyResultResult, 'done' | 'late' | 'notStarted' | 'score'>>,
): StatusLabel {
  if (kr?.done) return { text: kr.late ? 'Done late' : 'Done', icon: '✓' };
  if (status === 'grey' && kr) {
    if (kr.kind === 'baseline') return { text: kr.note ? 'Baseline set' : 'Baseline', icon: '–' };
    if (kr.notStarted) return { text: 'Not started', icon: '–' };
    if (kr.kind === 'milestone' && kr.score !== null && kr.score !== undefined) return { text: 'Pending', icon: '…' };
  }
  return LABELS[status];
}
