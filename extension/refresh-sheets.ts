import type { CachedSheet, CachedView, ExtensionCache, ExtensionOptions } from './types';
import { ApiError, fetchErrorOf } from './api-error';
import { badgeState } from './badge-state';
import { optionsKey } from './options-key';
import { popupView } from './popup-view';
import { sheetKey } from './sheet-key';
import { authToken, dropAuthToken } from './platform/auth-token';
import { badge } from './platform/badge';
import { sheetsApi } from './platform/sheets-api';
import { storage } from './platform/storage';
import { userEmail } from './platform/user-email';

let queue: Promise<void> = Promise.resolve();
let pending: Promise<void> | null = null;

/** Runs cache writers one after another, so an older result never overwrites a newer one. */
function enqueue(task: () => Promise<void>): Promise<void> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Reads every connected sheet again and saves the values in the cache (an error keeps the last values
 * and records what went wrong), scores them into the popup's views, and updates the badge.
 * A refresh already waiting to start is shared; an interactive one (sign-in from a click) always runs.
 */
export function refreshSheets(options: { interactive?: boolean } = {}): Promise<void> {
  if (options.interactive) return enqueue(() => refreshOnce(true));
  if (pending) return pending;
  const run = enqueue(() => {
    pending = null;
    return refreshOnce(false);
  });
  pending = run;
  return run;
}

async function refreshOnce(interactive: boolean): Promise<void> {
  const options = await storage.readOptions();
  const cache = await storage.readCache();
  const sheets: Record<string, CachedSheet> = {};
  let token: string | null = null;
  let tokenError: unknown = null;
  if (options.sheets.length > 0) {
    try {
      token = await authToken(interactive);
    } catch (error) {
      tokenError = error;
    }
  }
  let email = cache.email;
  if (token && !email) email = await userEmail(token);
  for (const source of options.sheets) {
    const key = sheetKey(source);
    const previous: CachedSheet = cache.sheets[key] ?? { values: null, settingsValues: null, fetchedAt: null, error: null };
    if (!token) {
      sheets[key] = { ...previous, error: fetchErrorOf(tokenError, Date.now()) };
      continue;
    }
    try {
      let read;
      try {
        read = await sheetsApi.fetchSheetValues(source.spreadsheetId, source.tab, token);
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 401)) throw error;
        await dropAuthToken(token);
        token = await authToken(false);
        read = await sheetsApi.fetchSheetValues(source.spreadsheetId, source.tab, token);
      }
      sheets[key] = { values: read.values, settingsValues: read.settingsValues, fetchedAt: Date.now(), error: null };
    } catch (error) {
      sheets[key] = { ...previous, error: fetchErrorOf(error, Date.now()) };
    }
  }
  const next: ExtensionCache = { email, sheets, refreshedAt: Date.now() };
  const view = cachedView(options, next, new Date());
  await storage.writeCache(next, view);
  await badge(badgeState(options.sheets.length ? view.mine.mineCounts : null));
}

/** Both popup views for the cache as it stands. */
export function cachedView(options: ExtensionOptions, cache: ExtensionCache, now: Date): CachedView {
  return { mine: popupView(options, cache, now, false), team: popupView(options, cache, now, true), optionsKey: optionsKey(options) };
}

/** Re-scores the cached values (e.g. after the options changed while offline) and sets the badge, without reading the sheets. */
export function rescoreCache(): Promise<void> {
  return enqueue(rescoreOnce);
}

async function rescoreOnce(): Promise<void> {
  const options = await storage.readOptions();
  const cache = await storage.readCache();
  const view = cachedView(options, cache, new Date());
  await storage.writeCache(cache, view);
  await badge(badgeState(options.sheets.length ? view.mine.mineCounts : null));
}
