import type { KrHistoryView } from '../commands/history-view';
import { formatScore } from '../../shared/format-score';
import { signedChange } from '../../shared/signed-change';
import { Sparkline } from './sparkline';
import { shortDay } from '../../shared/short-day';

/** A day as `Aug 22` (the ISO text itself when it is not a day). */
export function dayLabel(iso: string): string {
  return shortDay(iso) ?? iso;
}

/**
 * A key result's history in the sidebar: its score sparkline (named for screen readers), the change since
 * the last check-in, confidence, when it was last checked in and by whom, and a "stalled" call-out when it
 * has not moved for 14 days while its period runs.
 */
export function KrTrend(props: { view: KrHistoryView | undefined }) {
  const view = props.view;
  if (!view || !view.points.length) return null;
  const first = view.points[0]!;
  const last = view.points[view.points.length - 1]!;
  const label = `Score trend: ${formatScore(first.score)} on ${dayLabel(first.date)} to ${formatScore(last.score)} on ${dayLabel(last.date)}, ${view.points.length} check-ins`;
  const since = signedChange(view.since);
  const who = view.checkInBy ? `checked in ${dayLabel(view.checkInDate!)} by ${view.checkInBy}` : view.lastDate ? `scored ${dayLabel(view.lastDate)}` : '';
  return (
    <div class="kr-trend">
      {view.points.length > 1 && (
        <span class="kr-spark" role="img" aria-label={label}>
          <Sparkline values={view.points.map((p) => p.score)} width={80} height={18} />
        </span>
      )}
      <span class="meta">
        {since && (
          <span class={`since ${view.since! > 0 ? 'trend-good' : view.since! < 0 ? 'trend-bad' : ''}`} title={view.sinceDate ? `since ${dayLabel(view.sinceDate)}` : undefined}>
            {since} since last check-in
          </span>
        )}
        {view.confidence !== null && <span class="confidence">confidence {Math.round(view.confidence * 100)}%</span>}
        {who && <span class="checked-in">{who}</span>}
        {view.stalled && <span class="stalled">stalled — no change for 14 days</span>}
      </span>
    </div>
  );
}
