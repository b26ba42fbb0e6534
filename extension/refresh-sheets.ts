import type { Cell } from '../shared/types';
import type { CachedSheet, CachedView, ExtensionCache, ExtensionOptions, PendingCheckIn, SheetSource } from './types';
import { ApiError, fetchErrorOf, isBusyError } from './api-error';
import { backoffDelay } from './backoff-delay';
import { badgeState } from './badge-state';
import { checkInPreview } from './check-in-preview';
import { checkAlerts } from './check-alerts';
import { optionsKey } from './options-key';
import { popupView } from './popup-view';
import { recentHistory } from './recent-history';
import { sendCheckIns } from './send-check-ins';
import { sheetKey } from './sheet-key';
import { alarms } from './platform/alarms';
import type { PreviewAnswer } from './platform/messages';
import { authToken, dropAuthToken } from './platform/auth-token';
import { badge } from './platform/badge';
import { optionalTabs, sheetsApi } from './platform/sheets-api';
import { storage } from './platform/storage';
import { userEmail } from './platform/user-email';

/** A check-in reads again only the sheets whose cache is older than this (its own sheet is re-read anyway). */
const CHECK_IN_MAX_AGE_MS = 60_000;

/** How long a spreadsheet's missing settings or history tab is taken as missing before it is looked for again. */
const ABSENT_RECHECK_MS = 24 * 60 * 60_000;

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
 * `maxAgeMs` (a popup opening) skips sheets read successfully less than that long ago. A sheet that
 * got a busy answer (429, 5xx) is not read again before its backoff ends (`error.retryAt`).
 */
export function refreshSheets(options: { interactive?: boolean; maxAgeMs?: number } = {}): Promise<void> {
  if (options.interactive) return enqueue(() => refreshOnce(true, 0));
  if (pending && !options.maxAgeMs) return pending;
  if (options.maxAgeMs) return enqueue(() => refreshOnce(false, options.maxAgeMs ?? 0));
  const run = enqueue(() => {
    pending = null;
    return refreshOnce(false, 0);
  });
  pending = run;
  return run;
}

/**
 * Saves a check-in made in the popup (in storage first, so it is never lost) and sends it now; the
 * write scope may be asked for (this follows a click). Sheets read less than a minute ago are not read.
 */
export function checkInNow(checkIn: PendingCheckIn): Promise<void> {
  return enqueue(async () => {
    const queue = (await storage.readCheckIns()).filter((c) => c.id !== checkIn.id);
    await storage.writeCheckIns([...queue, checkIn]);
    await refreshOnce(false, CHECK_IN_MAX_AGE_MS, true);
  });
}

/** How the engine reads a value typed in the check-in form for a KR of a connected sheet, from the cache. */
export async function previewCheckIn(key: string, row: number, typed: string): Promise<PreviewAnswer | null> {
  const [options, cache] = await Promise.all([storage.readOptions(), storage.readCache()]);
  const source = options.sheets.find((s) => sheetKey(s) === key);
  const cached = cache.sheets[key];
  if (!source || !cached?.values) return null;
  const preview = checkInPreview(cached.values, cached.settingsValues, source.timeZone, row, typed, new Date());
  return { value: preview.value, text: preview.text, shownCell: preview.shownCell };
}

/** The person's answer to a conflict (or a failed check-in): send theirs over the sheet's value, or drop it. */
export function resolveCheckIn(id: string, action: 'overwrite' | 'discard'): Promise<void> {
  return enqueue(async () => {
    const queue = await storage.readCheckIns();
    const next = action === 'discard' ? queue.filter((c) => c.id !== id) : queue.map((c) => (c.id === id ? { ...c, state: 'waiting' as const, overwrite: true, message: null } : c));
    await storage.writeCheckIns(next);
    if (action === 'overwrite') await refreshOnce(false, CHECK_IN_MAX_AGE_MS, true);
  });
}

async function refreshOnce(interactive: boolean, maxAgeMs: number, writeInteractive = false): Promise<void> {
  const options = await storage.readOptions();
  const started = Date.now();
  // Check-ins waiting in storage go first: each re-reads its sheet, which then counts as this refresh's read.
  const sent = await sendCheckIns(options, await storage.readCache(), writeInteractive);
  const cache = sent.cache;
  const due = options.sheets.filter((source) => needsRead(cache.sheets[sheetKey(source)], started, maxAgeMs));
  // Everything fresh enough (a popup opened again within the minute) or waiting out a backoff: no read, nothing changes.
  if (options.sheets.length > 0 && due.length === 0 && !interactive && !sent.written) return;
  const sheets: Record<string, CachedSheet> = {};
  let token: string | null = null;
  let tokenError: unknown = null;
  if (due.length > 0) {
    try {
      token = await authToken(interactive);
    } catch (error) {
      tokenError = error;
    }
  }
  let email = cache.email;
  if (token && !email) email = await userEmail(token);
  // The display read (value formats) is a second request: only background refreshes (alarm, options
  // changed, start-up) make it, so a popup opening or a check-in costs one read a sheet at most.
  const readsDisplay = !interactive && maxAgeMs === 0;
  for (const source of options.sheets) {
    const key = sheetKey(source);
    const previous: CachedSheet = cache.sheets[key] ?? { values: null, settingsValues: null, fetchedAt: null, error: null };
    if (!due.includes(source)) {
      sheets[key] = previous;
      continue;
    }
    if (!token) {
      sheets[key] = { ...previous, error: fetchErrorOf(tokenError, Date.now()) };
      continue;
    }
    try {
      // Tabs found missing less than a day ago are not asked for (one request per read); then looked for again.
      const known = knownAbsentTabs(source, previous, Date.now());
      let read;
      try {
        read = await sheetsApi.fetchSheetValues(source.spreadsheetId, source.tab, token, known);
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 401)) throw error;
        await dropAuthToken(token);
        token = await authToken(false);
        read = await sheetsApi.fetchSheetValues(source.spreadsheetId, source.tab, token, known);
      }
      const checkedAt = known.length && read.absentTabs.length ? (previous.absentCheckedAt ?? source.tabsSeen?.at ?? Date.now()) : Date.now();
      sheets[key] = {
        values: read.values,
        settingsValues: read.settingsValues,
        historyValues: recentHistory(read.historyValues),
        fetchedAt: Date.now(),
        error: null,
        failures: 0,
        absentTabs: read.absentTabs,
        absentCheckedAt: read.absentTabs.length ? checkedAt : null,
        ...(await displayRead(previous, read.values, readsDisplay, (): Promise<Cell[][] | null> => sheetsApi.fetchDisplayValues(source.spreadsheetId, source.tab, token!))),
      };
    } catch (error) {
      sheets[key] = failedRead(previous, error, options.refreshMinutes * 60_000, Date.now());
    }
  }
  const retryAts = Object.values(sheets).flatMap((s) => (s.error?.retryAt ? [s.error.retryAt] : []));
  if (retryAts.length) await alarms.retryAt(Math.min(...retryAts));
  const next: ExtensionCache = { email, sheets, refreshedAt: Date.now() };
  const view = cachedView(options, next, new Date());
  await storage.writeCache(next, view);
  await badge(badgeState(options.sheets.length ? view.mine.mineCounts : null));
  await checkAlerts(options, next, view, new Date()).catch(() => undefined);
}

/**
 * How the OKR tab's cells are shown, for the value formats: read again once a day or when the tab's
 * length changed (formats rarely change, and the values scored are read every time), else kept. Where
 * reading is not `allowed` (a popup opening), stale display values are kept only while the tab keeps its
 * length (rows still line up); otherwise none, until the next background refresh.
 */
async function displayRead(previous: CachedSheet, values: Cell[][], allowed: boolean, read: () => Promise<Cell[][] | null>): Promise<Pick<CachedSheet, 'displayValues' | 'displayCheckedAt'>> {
  const now = Date.now();
  const fresh = previous.displayValues && previous.displayCheckedAt && now - previous.displayCheckedAt < ABSENT_RECHECK_MS && previous.displayValues.length === values.length;
  if (fresh) return { displayValues: previous.displayValues, displayCheckedAt: previous.displayCheckedAt };
  if (!allowed) return previous.displayValues?.length === values.length ? { displayValues: previous.displayValues, displayCheckedAt: previous.displayCheckedAt ?? null } : { displayValues: null, displayCheckedAt: null };
  return { displayValues: await read(), displayCheckedAt: now };
}

/**
 * The optional tabs not to ask for (each missing one would cost a second request): those a read found
 * missing less than a day ago, or, before the first read, those the spreadsheet lacked when it was added.
 */
function knownAbsentTabs(source: SheetSource, previous: CachedSheet, now: number): string[] {
  if (previous.absentCheckedAt && now - previous.absentCheckedAt < ABSENT_RECHECK_MS) return previous.absentTabs ?? [];
  if (!previous.fetchedAt && source.tabsSeen && now - source.tabsSeen.at < ABSENT_RECHECK_MS) return optionalTabs.filter((t) => t !== source.tab && !source.tabsSeen!.titles.includes(t));
  return [];
}

/** Whether a sheet is read now: not while a backoff runs, and not when read successfully less than `maxAgeMs` ago. */
function needsRead(cached: CachedSheet | undefined, now: number, maxAgeMs: number): boolean {
  if (cached?.error?.retryAt && now < cached.error.retryAt) return false;
  if (cached?.fetchedAt != null && !cached.error && cached.fetchedAt >= now) return false; // just read to send a check-in
  if (maxAgeMs > 0 && cached?.fetchedAt != null && !cached.error && now - cached.fetchedAt < maxAgeMs) return false;
  return true;
}

/** A failed read keeps the last values; a busy answer (429, 5xx) also sets when to try again. */
function failedRead(previous: CachedSheet, error: unknown, intervalMs: number, now: number): CachedSheet {
  if (!isBusyError(error)) return { ...previous, error: fetchErrorOf(error, now), failures: 0 };
  const failures = (previous.failures ?? 0) + 1;
  const retryAt = now + backoffDelay(failures, error.retryAfterMs, intervalMs);
  return { ...previous, error: { ...fetchErrorOf(error, now), retryAt }, failures };
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
