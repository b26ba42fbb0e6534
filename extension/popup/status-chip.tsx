import type { KeyResultResult, Status } from '../../shared/types';
import { statusLabel } from '../../shared/status-label';

export interface StatusChipProps {
  status: Status;
  kr?: KeyResultResult;
}

/** Status as text, an icon and a colour (never colour alone). */
export function StatusChip({ status, kr }: StatusChipProps) {
  const label = statusLabel(status, kr);
  return (
    <span class={`chip chip-${status}`}>
      <span class="chip-icon" aria-hidden="true">{label.icon}</span>
      {label.text}
    </span>
  );
}
