import type { Problem, Status } from './types';

/** Below this confidence a green KR is flagged. */
export const LOW_CONFIDENCE = 0.5;

/**
 * The warning for a KR that scores green while its owner's confidence is below 0.5 (from a Confidence
 * column, or its latest check-in), or null. Confidence never changes the score.
 *
 * @example
 * lowConfidenceProblem({ row: 4, title: 'Reach 100 users', status: 'green' }, 0.3, 'Confidence')
 * // { row: 4, column: 'Confidence', value: '30%', severity: 'warning', message: 'Reach 100 users is green but its confidence is 30 % ...' }
 */
export function lowConfidenceProblem(kr: { row: number; title: string; status: Status }, confidence: number | null, column: string | null): Problem | null {
  if (kr.status !== 'green' || confidence === null || confidence >= LOW_CONFIDENCE) return null;
  const percent = `${Math.round(confidence * 100)}%`;
  return {
    row: kr.row,
    column,
    value: percent,
    severity: 'warning',
    message: `"${kr.title}" is green but its confidence is only ${percent}: check whether it will really land.`,
  };
}
