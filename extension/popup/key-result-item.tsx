import type { ComponentChildren } from 'preact';
import type { KeyResultResult } from '../../shared/types';
import { dueLabel } from '../due-label';
import { formatScore } from '../../shared/format-score';
import { keyResultValues } from '../../shared/key-result-values';
import { ProgressBar } from './progress-bar';
import { StatusChip } from './status-chip';

export interface KeyResultItemProps {
  kr: KeyResultResult;
  /** Opens the sheet at the KR's row; null for the demo. */
  link: string | null;
  today: string;
  showOwner: boolean;
  /** Shown under the KR (its trend and check-in). */
  children?: ComponentChildren;
}

/** One key result: title, bar with the expected marker, score, status chip, due date, link to its row. */
export function KeyResultItem({ kr, link, today, showOwner, children }: KeyResultItemProps) {
  const due = dueLabel(kr.due, today, kr.done === true);
  const values = keyResultValues(kr);
  return (
    <li class="kr" data-status={kr.status} data-row={kr.row}>
      <div class="kr-head">
        <span class="kr-title">{kr.title}</span>
        <span class="kr-score" aria-label={`Score ${formatScore(kr.score)}`}>{formatScore(kr.score)}</span>
      </div>
      <ProgressBar score={kr.score} expected={kr.expected} status={kr.status} />
      {values.now !== null || values.target !== null ? (
        <div class="kr-values">
          {values.now !== null ? <span class="kr-now">now {values.now}</span> : null}
          {values.target !== null ? <span class="kr-target">target {values.target}</span> : null}
        </div>
      ) : null}
      <div class="kr-meta">
        <StatusChip status={kr.status} kr={kr} />
        {due ? <span class="kr-due">{due}</span> : null}
        {showOwner && kr.owner ? <span class="kr-owner">{kr.owner}</span> : null}
        {link ? (
          <a class="kr-link" href={link} target="_blank" rel="noreferrer" aria-label={`Open row ${kr.row} in the sheet: ${kr.title}`}>
            Row {kr.row} ↗
          </a>
        ) : null}
      </div>
      {children}
    </li>
  );
}
