import type { KpiResult } from '../../shared/types';
import { formatTarget } from '../../shared/format-target';
import { formatValue } from '../../shared/format-value';
import { guessedDirectionNote } from '../../shared/guessed-direction-note';
import { Sparkline } from './sparkline';
import { StatusPill } from './status-pill';

const ARROWS = { up: '▲', down: '▼', flat: '▶' } as const;

/** KPIs with actual against target, status, a small chart of recent periods and the trend (green when good for its direction). */
export function KpiList(props: { kpis: KpiResult[]; onRow: (row: number) => void }) {
  if (!props.kpis.length) return <p class="empty">No KPIs match.</p>;
  return (
    <ul class="kpis">
      {props.kpis.map((k) => {
        const target = formatTarget(k);
        return (
          <li class="kpi" key={`p${k.row}`}>
            <div class="kpi-head">
              <a href="#" class="title" onClick={(e) => { e.preventDefault(); props.onRow(k.row); }}>{k.name}</a>
              <StatusPill status={k.status} />
            </div>
            {k.history && k.history.length > 1 && <Sparkline values={k.history.map((h) => h.actual)} target={k.direction === 'range' ? null : k.target} />}
            {k.directionGuessed && <p class="guessed">{guessedDirectionNote(k)}</p>}
            <div class="meta">
              <span>
                {formatValue(k.actual, k.format)} vs {target} ({k.direction})
              </span>
              {k.trend && (
                <span class={`trend ${k.trendGood === true ? 'trend-good' : k.trendGood === false ? 'trend-bad' : ''}`} title={`trend: ${k.trend}`}>
                  {ARROWS[k.trend]} {k.previous !== null && k.previous !== undefined ? `from ${formatValue(k.previous, k.format)}` : k.trend}
                </span>
              )}
              {k.actualPeriod && <span>{k.actualPeriod}</span>}
              {k.owner && <span>{k.owner}</span>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
