import type { Status } from '../../shared/types';

const LABELS: Record<Status, string> = { green: 'On track', amber: 'At risk', red: 'Off track', grey: 'No data' };

/** A status shown as a coloured pill with a word (colour is never the only signal). */
export function StatusPill(props: { status: Status }) {
  return (
    <span class={`pill pill-${props.status}`} title={props.status}>
      {LABELS[props.status]}
    </span>
  );
}
