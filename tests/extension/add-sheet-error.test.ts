import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ADD_SHEET_TIMEOUT_MS, addSheetError } from '../../extension/add-sheet-error';
import { ApiError } from '../../extension/api-error';
import { withTimeout } from '../../extension/with-timeout';

describe('withTimeout', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('an answer in time is passed on, a late one is replaced by the timeout error', async () => {
    await expect(withTimeout(Promise.resolve('info'), 1000, () => new Error('late'))).resolves.toBe('info');
    const never = new Promise<string>(() => undefined);
    const timed = withTimeout(never, ADD_SHEET_TIMEOUT_MS, () => addSheetError('read'));
    const seen = expect(timed).rejects.toThrow(/did not answer within 20 seconds.*press Add sheet again/);
    await vi.advanceTimersByTimeAsync(ADD_SHEET_TIMEOUT_MS);
    await seen;
  });

  test('a rejection in time (the sign-in window closed) is passed on at once', async () => {
    const closed = Promise.reject(new Error('The user did not approve access.'));
    await expect(withTimeout(closed, 60_000, () => new Error('late'))).rejects.toThrow('The user did not approve access.');
  });
});

describe('addSheetError', () => {
  test.each([
    [addSheetError('read'), 'offline', /Check your internet connection/],
    [addSheetError('sign-in', new ApiError('signed-out', 'You are signed out. Sign in with Google to read your sheets (The user did not approve access.).', null)), 'signed-out', /^The sheet was not added: You are signed out\..* Press Add sheet to try again\.$/],
    [addSheetError('sign-in', new Error('This build has no OAuth client id')), 'signed-out', /no OAuth client id\. Press Add sheet/],
    [addSheetError('sign-in'), 'signed-out', /did not finish within 2 minutes.*Close the sign-in window/],
  ])('%#: says what happened and what to do', (error, kind, message) => {
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });
});
