import type { KeyResultResult, Status } from '../../shared/types';
import { statusLabel } from '../../shared/status-label';

/** A status shown as a coloured pill with a word (colour is never the only signal); a key result refines the word. */
export function StatusPill(props: { status: Status; kr?: KeyResultResult }) {
  return (
    <span class={`pill pill-${props.status}`} title={props.status}>
      {statusLabel(props.status, props.kr).text}
    </span>
  );
}
