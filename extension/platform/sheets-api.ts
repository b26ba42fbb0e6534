import type { Cell } from '../../shared/types';
import { SETTINGS_SHEET_NAME } from '../../shared/settings-sheet-name';
import { HISTORY_COLUMNS, HISTORY_SHEET_NAME } from '../../shared/history-columns';
import { apiError, ApiError, offlineError } from '../api-error';
import { buildConfig } from '../build-config';
import { parseRetryAfter } from '../parse-retry-after';
import { quoteSheetName } from '../quote-sheet-name';

/** One range of a values.batchGet answer. */
interface ValueRange {
  range?: string;
  majorDimension?: string;
  values?: Cell[][];
}

export interface SheetValues {
  values: Cell[][];
  /** Null when the spreadsheet has no `Scorecard settings` tab. */
  settingsValues: Cell[][] | null;
  /** Null when the spreadsheet has no `Scorecard history` tab. */
  historyValues: Cell[][] | null;
  /** The optional tabs (settings, history) this spreadsheet does not have, as learnt by this read. */
  absentTabs: string[];
}

export interface SpreadsheetInfo {
  title: string | null;
  timeZone: string | null;
  tabs: { title: string; sheetId: number }[];
}

/** The tabs read with the OKR tab when the spreadsheet has them, in one request. */
export const optionalTabs: readonly string[] = [SETTINGS_SHEET_NAME, HISTORY_SHEET_NAME];

/**
 * Reads an OKR tab, the `Scorecard settings` tab and the `Scorecard history` tab with ONE
 * spreadsheets.values.batchGet (unformatted values, dates as serial numbers). Google rejects the whole
 * call with 400 "Unable to parse range: <range>" when one of the tabs is missing: the optional tab it
 * names is then left out and the call made again, and `absentTabs` tells the caller not to ask for it
 * next time (pass it back as `absent`), so a refresh costs one request.
 */
export async function fetchSheetValues(spreadsheetId: string, tab: string, token: string, absent: readonly string[] = []): Promise<SheetValues> {
  const optional: string[] = optionalTabs.filter((t) => t !== tab && !absent.includes(t));
  const absentTabs = optionalTabs.filter((t) => t !== tab && absent.includes(t));
  for (;;) {
    try {
      const [okr, ...rest] = await batchGet(spreadsheetId, [tab, ...optional], token);
      const of = (name: string) => (optional.includes(name) ? (rest[optional.indexOf(name)]?.values ?? []) : null);
      return { values: okr?.values ?? [], settingsValues: of(SETTINGS_SHEET_NAME), historyValues: of(HISTORY_SHEET_NAME), absentTabs };
    } catch (error) {
      const missing = error instanceof ApiError && error.kind === 'tab-not-found' ? optional.find((t) => error.detail.includes(quoteSheetName(t))) : undefined;
      if (!missing) throw error;
      optional.splice(optional.indexOf(missing), 1);
      absentTabs.push(missing);
    }
  }
}

/**
 * The OKR tab as the sheet shows it (spreadsheets.values.get, FORMATTED_VALUE: `72%`, `$1.5M`), so each
 * KR's values are shown in its own unit. Only for showing, so never fails a refresh: null when it cannot
 * be read (what is scored is fetchSheetValues' unformatted values).
 */
export async function fetchDisplayValues(spreadsheetId: string, tab: string, token: string): Promise<Cell[][] | null> {
  const params = new URLSearchParams({ valueRenderOption: 'FORMATTED_VALUE', majorDimension: 'ROWS' });
  const range = encodeURIComponent(`${quoteSheetName(tab)}!${tabColumns(tab)}`);
  try {
    const body = (await getJson(`${spreadsheetUrl(spreadsheetId)}/values/${range}?${params}`, token, tab)) as ValueRange;
    return body.values ?? [];
  } catch {
    return null;
  }
}

/** The spreadsheet's title, time zone and tabs (for the options page's tab picker). */
async function fetchSpreadsheetProperties(spreadsheetId: string, token: string): Promise<SpreadsheetInfo> {
  const fields = 'properties(title,timeZone),sheets.properties(title,sheetId)';
  const body = (await getJson(`${spreadsheetUrl(spreadsheetId)}?fields=${encodeURIComponent(fields)}`, token)) as {
    properties?: { title?: string; timeZone?: string };
    sheets?: { properties?: { title?: string; sheetId?: number } }[];
  };
  const tabs = (body.sheets ?? []).flatMap((s) => (typeof s.properties?.title === 'string' ? [{ title: s.properties.title, sheetId: s.properties.sheetId ?? 0 }] : []));
  return { title: body.properties?.title ?? null, timeZone: body.properties?.timeZone ?? null, tabs };
}

/**
 * The spreadsheet's title, time zone and tabs (for the options page's tab picker). Where
 * spreadsheets.get is refused for a reason other than access (a proxy or stand-in that serves only
 * values), the first tab is learnt from a one-cell values.batchGet, whose answer names its tab.
 */
export async function fetchSpreadsheetInfo(spreadsheetId: string, token: string): Promise<SpreadsheetInfo> {
  try {
    return await fetchSpreadsheetProperties(spreadsheetId, token);
  } catch (error) {
    if (!(error instanceof ApiError) || error.kind === 'signed-out' || error.kind === 'no-access' || error.kind === 'offline') throw error;
    const params = new URLSearchParams({ ranges: 'A1:B2', valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER' });
    const body = (await getJson(`${spreadsheetUrl(spreadsheetId)}/values:batchGet?${params}`, token).catch(() => {
      throw error;
    })) as { valueRanges?: ValueRange[] };
    const title = tabOfRange(body.valueRanges?.[0]?.range);
    if (!title) throw error;
    return { title: null, timeZone: null, tabs: [{ title, sheetId: -1 }] };
  }
}

/** `'My tab'!A1:B2` → `My tab`; `Sheet1!A1` → `Sheet1`. */
function tabOfRange(range: string | undefined): string | null {
  if (!range) return null;
  const bang = range.lastIndexOf('!');
  if (bang <= 0) return null;
  const name = range.slice(0, bang);
  return name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/**
 * Writes cells with ONE spreadsheets.values.batchUpdate, `valueInputOption: RAW`: numbers stay numbers
 * and text is stored exactly as given, never parsed (`=…`, `+`, `-`, `@` text is text, not a formula).
 */
export async function writeCells(spreadsheetId: string, data: { range: string; values: Cell[][] }[], token: string): Promise<void> {
  await getJson(`${spreadsheetUrl(spreadsheetId)}/values:batchUpdate`, token, undefined, { valueInputOption: 'RAW', data });
}

/** Adds a tab (spreadsheets.batchUpdate addSheet). */
export async function addTab(spreadsheetId: string, title: string, token: string): Promise<void> {
  await getJson(`${spreadsheetUrl(spreadsheetId)}:batchUpdate`, token, undefined, { requests: [{ addSheet: { properties: { title } } }] });
}

/** The Sheets API v4 calls the extension makes. */
export const sheetsApi = { fetchSheetValues, fetchDisplayValues, fetchSpreadsheetInfo, writeCells, addTab };

async function batchGet(spreadsheetId: string, tabs: string[], token: string): Promise<(ValueRange | undefined)[]> {
  const params = new URLSearchParams();
  for (const tab of tabs) params.append('ranges', `${quoteSheetName(tab)}!${tabColumns(tab)}`);
  params.set('valueRenderOption', 'UNFORMATTED_VALUE');
  params.set('dateTimeRenderOption', 'SERIAL_NUMBER');
  params.set('majorDimension', 'ROWS');
  const body = (await getJson(`${spreadsheetUrl(spreadsheetId)}/values:batchGet?${params}`, token, tabs[0])) as { valueRanges?: ValueRange[] };
  const ranges = body.valueRanges ?? [];
  return tabs.map((_, i) => ranges[i]);
}

/** The columns read from a tab: the settings' two, the history's twelve, else all up to ZZ. */
function tabColumns(tab: string): string {
  if (tab === SETTINGS_SHEET_NAME) return 'A:B';
  if (tab === HISTORY_SHEET_NAME) return `A:${String.fromCharCode(64 + HISTORY_COLUMNS.length)}`;
  return 'A:ZZ';
}

function spreadsheetUrl(spreadsheetId: string): string {
  return `${buildConfig.sheetsApiBase}/v4/spreadsheets/${encodeURIComponent(spreadsheetId)}`;
}

async function getJson(url: string, token: string, tab?: string, post?: unknown): Promise<unknown> {
  let response: Response;
  try {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
    if (post === undefined) response = await fetch(url, { headers, cache: 'no-store' });
    else response = await fetch(url, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(post), cache: 'no-store' });
  } catch {
    throw offlineError();
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) throw apiError(response.status, body, tab, parseRetryAfter(response.headers.get('Retry-After'), Date.now()));
  return body;
}
