import type { Status } from '../../shared/types';
import { formatScore } from '../../shared/format-score';

export interface ProgressBarProps {
  score: number | null;
  expected: number | null;
  status: Status;
}

/** The score as a bar, with a marker at the bar it should have cleared by today. */
export function ProgressBar({ score, expected, status }: ProgressBarProps) {
  const fill = Math.round(Math.min(1, Math.max(0, score ?? 0)) * 1000) / 10;
  const mark = expected === null ? null : Math.round(Math.min(1, Math.max(0, expected)) * 1000) / 10;
  const label = `Score ${formatScore(score)}${mark === null ? '' : `, expected ${formatScore(expected)} by today`}`;
  return (
    <div class="bar" role="img" aria-label={label} title={label}>
      <div class={`bar-fill fill-${status}`} style={{ width: `${fill}%` }} />
      {mark === null ? null : <div class="bar-mark" style={{ left: `${mark}%` }} />}
    </div>
  );
}
