export interface CheckInSectionProps {
  /** Whether the person gave the extension write access (their first check-in). */
  canWrite: boolean;
  message: string | null;
  onGiveBack: () => void;
}

/** Which access the extension has, and giving the write access back. */
export function CheckInSection({ canWrite, message, onGiveBack }: CheckInSectionProps) {
  return (
    <section aria-labelledby="access-title">
      <h2 id="access-title">Access</h2>
      <p data-access={canWrite ? 'write' : 'read'}>
        {canWrite
          ? 'Read and edit your sheets: given with your first check-in, used only to write a check-in (the KR\u2019s current value, its confidence and one row of the Scorecard history tab).'
          : 'Read-only. The popup asks for permission to edit your sheets only when you first check in.'}
      </p>
      {canWrite ? (
        <button type="button" onClick={onGiveBack}>Give the edit access back</button>
      ) : null}
      {message ? <p class="hint" role="status">{message}</p> : null}
    </section>
  );
}
