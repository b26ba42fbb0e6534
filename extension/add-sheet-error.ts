import { ApiError } from './api-error';

/** How long adding a sheet waits for Google's answer once signed in. */
export const ADD_SHEET_TIMEOUT_MS = 20_000;
/** How long adding a sheet waits for the sign-in window (a person may be typing a password). */
export const SIGN_IN_TIMEOUT_MS = 120_000;

/**
 * Why adding a sheet stopped, and what to do: the sign-in failed (`cause`: its window was closed or access
 * refused), did not finish in time (no cause), or Google did not answer in time (`read`).
 *
 * @example
 * addSheetError('read').message // 'Google Sheets did not answer within 20 seconds, so the sheet was not added. Check …'
 */
export function addSheetError(step: 'sign-in' | 'read', cause?: unknown): ApiError {
  if (step === 'read') {
    return new ApiError(
      'offline',
      `Google Sheets did not answer within ${ADD_SHEET_TIMEOUT_MS / 1000} seconds, so the sheet was not added. Check your internet connection (can you open the sheet in Google Sheets?), then press Add sheet again.`,
      null,
    );
  }
  if (cause instanceof Error && cause.message) {
    const said = /[.!?)]$/.test(cause.message) ? cause.message : `${cause.message}.`;
    return new ApiError('signed-out', `The sheet was not added: ${said} Press Add sheet to try again.`, null);
  }
  return new ApiError(
    'signed-out',
    `Sign-in did not finish within ${SIGN_IN_TIMEOUT_MS / 60_000} minutes, so the sheet was not added. Close the sign-in window if it is still open, then press Add sheet again, or use Sign in with Google under Account.`,
    null,
  );
}
