import type { StatusCounts } from '../../shared/count-statuses';
import { relativeAge } from '../relative-age';

export interface SummaryLineProps {
  counts: StatusCounts;
  fetchedAt: number | null;
  now: number;
  refreshing: boolean;
}

/** `2 on track · 1 at risk · 3 off track`, and how fresh the data is. */
export function SummaryLine({ counts, fetchedAt, now, refreshing }: SummaryLineProps) {
  return (
    <p class="summary">
      <span class="summary-counts">
        <span class="count count-green" data-count="green">✓ {counts.green} on track</span>
        {' · '}
        <span class="count count-amber" data-count="amber">! {counts.amber} at risk</span>
        {' · '}
        <span class="count count-red" data-count="red">✕ {counts.red} off track</span>
      </span>
      <span class="summary-age" aria-live="polite">
        {refreshing ? 'updating…' : fetchedAt === null ? '' : `updated ${relativeAge(now - fetchedAt)}`}
      </span>
    </p>
  );
}
