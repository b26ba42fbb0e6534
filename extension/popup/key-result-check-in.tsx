import { useEffect, useRef } from 'preact/hooks';
import type { KeyResultResult } from '../../shared/types';
import type { TrendSummary } from '../key-result-trends';
import type { PendingCheckIn } from '../types';
import { CheckInForm, type CheckInEntry } from './check-in-form';
import { CheckInState } from './check-in-state';
import { TrendLine } from './trend-line';

export interface KeyResultCheckInProps {
  kr: KeyResultResult;
  trend: TrendSummary | null;
  /** This KR's check-in not in the sheet yet, if any. */
  pending: PendingCheckIn | null;
  open: boolean;
  /** False for the demo: nothing to write to. */
  enabled: boolean;
  /** The value the form starts from. */
  initial: string;
  onOpen: () => void;
  onClose: () => void;
  preview: (typed: string) => Promise<string>;
  onSave: (entry: CheckInEntry) => void;
  onOverwrite: () => void;
  onDiscard: () => void;
}

/** Under a KR: its trend from the history, the Check in button or form, and a check-in waiting to be sent. */
export function KeyResultCheckIn(props: KeyResultCheckInProps) {
  const { kr, trend, pending, open, enabled } = props;
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    // Back to the button when the form closes (Esc, Cancel, Save), so the keyboard user is not lost.
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  if (!trend && !enabled && !pending) return null;
  return (
    <div class="kr-check-in">
      <div class="kr-check-in-row">
        {trend ? <TrendLine trend={trend} /> : null}
        {enabled && !open ? (
          <button ref={button} type="button" class="link-button check-in-button" onClick={props.onOpen} aria-label={`Check in: ${kr.title}`}>
            Check in
          </button>
        ) : null}
      </div>
      {open ? <CheckInForm title={kr.title} initial={props.initial} preview={props.preview} onSave={props.onSave} onCancel={props.onClose} /> : null}
      {pending ? <CheckInState checkIn={pending} onOverwrite={props.onOverwrite} onDiscard={props.onDiscard} /> : null}
    </div>
  );
}
