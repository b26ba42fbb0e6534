import type { Status } from '../../shared/types';

/** A score (0..1) as a bar with the expected mark ("where it should be by today") when known. */
export function ProgressBar(props: { score: number | null; status: Status; expected?: number | null }) {
  const pct = props.score === null ? 0 : Math.round(Math.max(0, Math.min(1, props.score)) * 100);
  const expected = props.expected === null || props.expected === undefined ? null : Math.round(Math.max(0, Math.min(1, props.expected)) * 100);
  return (
    <div class="bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
      <div class={`bar-fill bar-${props.status}`} style={{ width: `${pct}%` }} />
      {expected !== null && <div class="bar-expected" style={{ left: `${expected}%` }} title={`Expected by today: ${(expected / 100).toFixed(2)}`} />}
    </div>
  );
}
