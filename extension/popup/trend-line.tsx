import { signedChange } from '../../shared/signed-change';
import { sparklinePoints } from '../../shared/sparkline-points';
import type { TrendSummary } from '../key-result-trends';

/** A KR's scores by day as a small sparkline, and the change since last week (`+0.12 since last week`). */
export function TrendLine({ trend }: { trend: TrendSummary }) {
  const width = 60;
  const height = 16;
  const n = trend.points.length;
  const { points } = sparklinePoints(trend.points, { width, height, padY: 1, lo: 0, hi: 1 });
  const since = signedChange(trend.since);
  return (
    <span class="kr-trend">
      <svg class="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Scores by day: ${trend.points.map((p) => p.toFixed(2)).join(', ')}`}>
        {n > 1 ? <polyline points={points} fill="none" stroke="currentColor" stroke-width="1.5" /> : <circle cx={width / 2} cy={points.split(',')[1]} r="2" fill="currentColor" />}
      </svg>
      {since ? <span class="kr-since">{since} since last week</span> : null}
    </span>
  );
}
