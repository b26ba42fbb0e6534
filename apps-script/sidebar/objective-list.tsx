import { useState } from 'preact/hooks';
import type { KeyResultResult, ObjectiveResult } from '../../shared/types';
import { formatScore } from '../../shared/format-score';
import { keyResultValues } from '../../shared/key-result-values';
import { formatValue } from '../../shared/format-value';
import { ProgressBar } from './progress-bar';
import { StatusPill } from './status-pill';
import type { DashboardHistory } from '../commands/history-view';
import { BurnUpChart } from './burn-up-chart';
import { KrTrend } from './kr-trend';

const PAGE = 100;

/**
 * Objectives with their roll-up bar and status, each key result below with score, status and a row link.
 * Long sheets show the first 100 objectives and a button for the rest.
 */
export function ObjectiveList(props: { objectives: ObjectiveResult[]; onRow: (row: number) => void; history?: DashboardHistory | undefined }) {
  const [limit, setLimit] = useState(PAGE);
  if (!props.objectives.length) return <p class="empty">No objectives match.</p>;
  const hidden = props.objectives.length - limit;
  return (
    <>
      <ul class="objectives">
        {props.objectives.slice(0, limit).map((o) => (
          <li class="objective" key={`o${o.row}`}>
            <div class="objective-head">
              <a href="#" class="title" onClick={(e) => { e.preventDefault(); props.onRow(o.row); }}>{o.title}</a>
              <StatusPill status={o.status} />
            </div>
            <ProgressBar score={o.score} status={o.status} />
            <div class="meta">
              <span>Score {formatScore(o.score)}</span>
              {o.owner && <span>{o.owner}</span>}
              {o.team && <span>{o.team}</span>}
              {o.period && <span>{o.period}</span>}
              <span>{o.commitment}</span>
            </div>
            <BurnUpChart burnUp={props.history?.burnUps[o.row]} title={o.title} id={`burn-up-${o.row}`} />
            <ul class="krs">
              {o.keyResults.map((kr) => (
                <li class="kr" key={`k${kr.row}`}>
                  <div class="kr-head">
                    <a href="#" class="title" onClick={(e) => { e.preventDefault(); props.onRow(kr.row); }}>{kr.title}</a>
                    <StatusPill status={kr.status} kr={kr} />
                  </div>
                  <ProgressBar score={kr.score} status={kr.status} expected={kr.expected} />
                  <div class="meta">
                    <span>Score {formatScore(kr.score)}</span>
                    {kr.expected !== null && <span>expected {formatScore(kr.expected)}</span>}
                    <KrValues kr={kr} />
                    {kr.kind === 'milestone' && kr.due && <span class="kr-due">due {formatValue(kr.due)}</span>}
                    {kr.note && <span>{kr.note}</span>}
                    {kr.late && <span class="late">late</span>}
                    {kr.owner && <span>{kr.owner}</span>}
                    <span class="row">row {kr.row}</span>
                  </div>
                  <KrTrend view={props.history?.keyResults[kr.row]} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" class="more" onClick={() => setLimit(props.objectives.length)}>
          Show {hidden} more objectives
        </button>
      )}
    </>
  );
}

/** A key result's current value and target in its own unit (keyResultValues). */
function KrValues(props: { kr: KeyResultResult }) {
  const { now, target } = keyResultValues(props.kr);
  return (
    <>
      {now !== null && <span class="kr-now">now {now}</span>}
      {target !== null && <span class="kr-target">target {target}</span>}
    </>
  );
}
