import type { CachedSheet, ExtensionCache, ExtensionOptions, PendingCheckIn } from './types';
import { HISTORY_SHEET_NAME } from '../shared/history-columns';
import { ApiError } from './api-error';
import { checkInPlan } from './check-in-plan';
import { recentHistory } from './recent-history';
import { sheetKey } from './sheet-key';
import { authToken } from './platform/auth-token';
import { sheetsApi } from './platform/sheets-api';
import { storage } from './platform/storage';

/**
 * Sends the check-ins waiting in storage, oldest first: for each, one values:batchGet of its sheet
 * (the KR's row, the settings, the history), then ONE values:batchUpdate (plus one addSheet before it
 * when the history tab is missing). A check-in leaves storage only once the sheet holds it (written
 * now, or found in the history tab from an earlier attempt whose answer was lost); offline or on an
 * API error it stays `waiting` with the reason. The cache of each sheet written is patched with the
 * values as written, so the popup and badge show the new score at once without another read.
 * `interactive` may ask the person for the write scope (the first check-in, from a click).
 * Returns the cache (patched) and whether anything was written.
 */
export async function sendCheckIns(options: ExtensionOptions, cache: ExtensionCache, interactive: boolean): Promise<{ cache: ExtensionCache; written: boolean }> {
  const queue = await storage.readCheckIns();
  const sendable = queue.filter((c) => c.state === 'waiting' || c.state === 'sending');
  if (!sendable.length) return { cache, written: false };
  let token: string | null = null;
  let written = false;
  const sheets: Record<string, CachedSheet> = { ...cache.sheets };
  for (const queued of sendable) {
    // A history row without `By` would read as a scoring's row: who checked in is known by now, or it waits.
    const by = queued.by.trim() || cache.email || options.names[0] || '';
    if (!by) {
      await update(queued.id, { state: 'waiting', message: 'Waiting to send: sign in (or add your name in options) so the check-in says who made it.' });
      continue;
    }
    const pending = { ...queued, by };
    const source = options.sheets.find((s) => s.spreadsheetId === pending.spreadsheetId && s.tab === pending.tab);
    if (!source) {
      await update(pending.id, { state: 'failed', message: `The sheet "${pending.tab}" is not connected any more: connect it again in options to send this check-in.` });
      continue;
    }
    try {
      token ??= await authToken(interactive, 'write');
      const key = sheetKey(source);
      const previous: CachedSheet = sheets[key] ?? { values: null, settingsValues: null, fetchedAt: null, error: null };
      // One read: the tabs the cache knows to be missing are not asked for. If the history tab was
      // created since, addSheet says it exists and the sheet is read again with it.
      let absent = previous.absentTabs ?? [];
      let fresh = await sheetsApi.fetchSheetValues(source.spreadsheetId, source.tab, token, absent);
      let plan = checkInPlan(fresh, pending, new Date(), source.timeZone);
      if (plan.kind === 'write' && plan.addHistoryTab) {
        try {
          await sheetsApi.addTab(source.spreadsheetId, HISTORY_SHEET_NAME, token);
        } catch (error) {
          if (!(error instanceof ApiError && error.status === 400 && absent.includes(HISTORY_SHEET_NAME))) throw error;
          absent = absent.filter((t) => t !== HISTORY_SHEET_NAME);
          fresh = await sheetsApi.fetchSheetValues(source.spreadsheetId, source.tab, token, absent);
          plan = checkInPlan(fresh, pending, new Date(), source.timeZone);
          if (plan.kind === 'write' && plan.addHistoryTab) throw error;
        }
      }
      if (plan.kind === 'not-found') {
        await update(pending.id, { state: 'failed', message: plan.message });
        continue;
      }
      if (plan.kind === 'conflict') {
        await update(pending.id, { state: 'conflict', sheetCurrent: plan.sheetCurrent, row: plan.row, message: null });
        continue;
      }
      if (plan.kind === 'write') {
        await update(pending.id, { state: 'sending', attempts: pending.attempts + 1 });
        await sheetsApi.writeCells(source.spreadsheetId, plan.data, token);
        sheets[key] = {
          ...previous,
          values: plan.values,
          settingsValues: fresh.settingsValues,
          historyValues: recentHistory(plan.historyValues),
          fetchedAt: Date.now(),
          error: null,
          failures: 0,
          absentTabs: fresh.absentTabs.filter((t) => t !== HISTORY_SHEET_NAME),
        };
        written = true;
      }
      await update(pending.id, null);
    } catch (error) {
      await update(pending.id, { state: 'waiting', message: waitingMessage(error) });
      if (error instanceof ApiError && (error.kind === 'offline' || error.kind === 'signed-out')) break;
    }
  }
  return { cache: { ...cache, sheets }, written };
}

/** Changes one check-in in storage (null removes it), re-reading the list so nothing else is lost. */
async function update(id: string, patch: Partial<PendingCheckIn> | null): Promise<void> {
  const list = await storage.readCheckIns();
  const next = patch === null ? list.filter((c) => c.id !== id) : list.map((c) => (c.id === id ? { ...c, ...patch } : c));
  await storage.writeCheckIns(next);
}

function waitingMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.kind === 'offline') return 'Waiting to send: you are offline, or Google Sheets cannot be reached. It is sent at the next refresh.';
    if (error.kind === 'no-access') return 'Waiting to send: Google says you may not edit this sheet. Ask its owner for edit access.';
    if (error.kind === 'signed-out') return `Waiting to send: ${error.message}`;
    return `Waiting to send: ${error.message}`;
  }
  return `Waiting to send: ${error instanceof Error ? error.message : String(error)}`;
}
