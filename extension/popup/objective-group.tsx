import type { ComponentChildren } from 'preact';
import type { MyObjective } from '../../shared/my-key-results';
import type { KeyResultResult } from '../../shared/types';
import { formatScore } from '../../shared/format-score';
import { sheetRowLink } from '../sheet-row-link';
import { KeyResultItem } from './key-result-item';
import { StatusChip } from './status-chip';

export interface ObjectiveGroupProps {
  group: MyObjective;
  spreadsheetId: string | null;
  gid: number | null;
  today: string;
  showOwner: boolean;
  /** Shown under each KR (its trend and check-in). */
  extra?: (kr: KeyResultResult) => ComponentChildren;
}

/** An objective with its score and status, and its key results below. */
export function ObjectiveGroup({ group, spreadsheetId, gid, today, showOwner, extra }: ObjectiveGroupProps) {
  const { objective } = group;
  return (
    <section class="objective" data-status={objective.status}>
      <div class="objective-head">
        <h2 class="objective-title">{objective.title}</h2>
        <span class="objective-score" aria-label={`Objective score ${formatScore(objective.score)}`}>{formatScore(objective.score)}</span>
        <StatusChip status={objective.status} />
      </div>
      <ul class="krs">
        {group.keyResults.map((kr) => (
          <KeyResultItem key={kr.row} kr={kr} link={spreadsheetId ? sheetRowLink(spreadsheetId, gid, kr.row) : null} today={today} showOwner={showOwner}>
            {extra?.(kr)}
          </KeyResultItem>
        ))}
      </ul>
    </section>
  );
}
