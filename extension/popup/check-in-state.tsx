import type { Cell } from '../../shared/types';
import type { PendingCheckIn } from '../types';

export interface CheckInStateProps {
  checkIn: PendingCheckIn;
  onOverwrite: () => void;
  onDiscard: () => void;
}

function cellText(cell: Cell | undefined): string {
  return cell === null || cell === undefined || cell === '' ? '(blank)' : String(cell);
}

/** A check-in not in the sheet yet: waiting to send, sending, changed by someone else (asks), or failed. */
export function CheckInState({ checkIn, onOverwrite, onDiscard }: CheckInStateProps) {
  if (checkIn.state === 'conflict') {
    return (
      <div class="check-in-state" role="alert" data-check-in="conflict">
        <p>
          Someone changed this value in the sheet since you opened the popup: the sheet now says <strong>{cellText(checkIn.sheetCurrent)}</strong>, you saw{' '}
          <strong>{cellText(checkIn.shownCurrent)}</strong>. Save yours (<strong>{cellText(checkIn.current)}</strong>) over it?
        </p>
        <div class="actions">
          <button type="button" class="primary" onClick={onOverwrite}>Save mine</button>
          <button type="button" onClick={onDiscard}>Keep the sheet's</button>
        </div>
      </div>
    );
  }
  if (checkIn.state === 'failed') {
    return (
      <div class="check-in-state" role="alert" data-check-in="failed">
        <p>Check-in not sent: {checkIn.message}</p>
        <button type="button" onClick={onDiscard}>Discard it</button>
      </div>
    );
  }
  return (
    <p class="check-in-state" role="status" data-check-in={checkIn.state}>
      {checkIn.state === 'sending' ? 'Sending your check-in…' : (checkIn.message ?? 'Waiting to send: it is sent at the next refresh.')}
      {' '}({cellText(checkIn.current)})
    </p>
  );
}
