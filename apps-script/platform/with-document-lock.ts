/**
 * Runs `work` holding the document lock, so two people scoring at once take turns (LockService).
 * Throws a readable error when the lock cannot be had within `waitMs`.
 */
export function withDocumentLock<T>(work: () => T, waitMs = 30_000): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) {
    throw new Error('Someone else is scoring this spreadsheet right now — try again in a few seconds.');
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
