import type { FetchError, FetchErrorKind } from './types';

/** An error from the Sheets API (or the network), classified for the user. */
export class ApiError extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    readonly status: number | null,
    /** Google's `Retry-After` on a busy answer (429, 5xx), in ms, when it sent one. */
    readonly retryAfterMs: number | null = null,
    /** Google's own message (e.g. `Unable to parse range: 'Tab'!A:B`), when it sent one. */
    readonly detail: string = '',
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Google's error body: `{ error: { code, message, status } }`. */
interface GoogleErrorBody {
  error?: { code?: number; message?: string; status?: string };
}

/**
 * Classifies a failed Sheets API answer by its HTTP status and Google's error body.
 *
 * @example
 * apiError(403, { error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' } }).kind // 'no-access'
 */
export function apiError(status: number, body: unknown, tab?: string, retryAfterMs: number | null = null): ApiError {
  const detail = (body as GoogleErrorBody | null)?.error;
  const message = typeof detail?.message === 'string' ? detail.message : '';
  if (status === 401) return new ApiError('signed-out', 'You are signed out of Google. Sign in again to read your sheets.', status);
  if (status === 403) return new ApiError('no-access', 'You do not have access to this sheet. Ask its owner to share it with you, or sign in with the account it is shared with.', status);
  if (status === 404) return new ApiError('not-found', 'Sheet not found. It may have been deleted, or its link has changed: connect it again in options.', status);
  if (status === 400 && /unable to parse range/i.test(message)) {
    return new ApiError('tab-not-found', `The tab ${tab ? `"${tab}" ` : ''}is not in this sheet any more. Pick another tab in options.`, status, null, message);
  }
  if (status === 429) return new ApiError('other', 'Google Sheets is busy (too many requests). The extension will try again later.', status, retryAfterMs);
  return new ApiError('other', `Google Sheets answered ${status}${message ? `: ${message}` : ''}. The extension will try again later.`, status, retryAfterMs);
}

/** The error for a request that never got an answer. */
export function offlineError(): ApiError {
  return new ApiError('offline', 'You are offline, or Google Sheets cannot be reached right now.', null);
}

/** Any thrown value as a cacheable FetchError. */
export function fetchErrorOf(error: unknown, at: number): FetchError {
  if (error instanceof ApiError) return { kind: error.kind, message: error.message, status: error.status, at };
  const text = error instanceof Error ? error.message : String(error);
  return { kind: 'other', message: `Could not read the sheet: ${text}`, status: null, at };
}

/** A busy answer (429 Too Many Requests, or a 5xx): read again later with an exponential backoff. */
export function isBusyError(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status !== null && (error.status === 429 || error.status >= 500);
}
