import type { KpiResult } from '../../shared/types';
import { formatValue } from './format-score';
import { Sparkline } from './sparkline';
import { StatusPill } from './status-pill';

const ARROWS = { up: '▲', down: '▼', flat: '▶' } as const;

/** KPIs with actual against target, status, a small chart of recent periods and the trend (green when good for its direction). */
export function KpiList(props: { kpis: KpiResult[]; onRow: (row: number) => void }) {
  if (!props.kpis.length) return <p class="empty">No KPIs match.</p>;
  return (
    <ul class="kpis">
      {props.kpis.map((k) => {
        const target = k.direction === 'range' ? `${formatValue(k.low ?? null, k.unit)}–${formatValue(k.high ?? null, k.unit)}` : formatValue(k.target, k.unit);
        return (
          <li class="kpi" key={`p${k.row}`}>
            <div class="kpi-head">
              <a href="#" class="title" onClick={(e) => { e.preventDefault(); props.onRow(k.row); }}>{k.name}</a>
              <StatusPill status={k.status} />
            </div>
            {k.history && k.history.length > 1 && <Sparkline values={k.history.map((h) => h.value)} target={k.direction === 'range' ? null : k.target} />}
            <div class="meta">
              <span>
                {formatValue(k.actual, k.unit)} vs {target} ({k.direction})
              </span>
              {k.trend && (
                <span class={`trend ${k.trendGood === true ? 'trend-good' : k.trendGood === false ? 'trend-bad' : ''}`} title={`trend: ${k.trend}`}>
                  {ARROWS[k.trend]} {k.previous !== null && k.previous !== undefined ? `from ${formatValue(k.previous, k.unit)}` : k.trend}
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
