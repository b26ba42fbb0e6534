import type { Cell } from '../../shared/types';
import { SETTINGS_SHEET_NAME } from '../../shared/settings-sheet-name';
import { apiError, ApiError, offlineError } from '../api-error';
import { buildConfig } from '../build-config';
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
}

export interface SpreadsheetInfo {
  title: string | null;
  timeZone: string | null;
  tabs: { title: string; sheetId: number }[];
}

/**
 * Reads an OKR tab and the `Scorecard settings` tab with one spreadsheets.values.batchGet
 * (unformatted values, dates as serial numbers). When the settings tab is missing Google rejects the
 * whole call with 400 "Unable to parse range", so the OKR tab is then read alone and defaults apply.
 */
export async function fetchSheetValues(spreadsheetId: string, tab: string, token: string): Promise<SheetValues> {
  if (tab !== SETTINGS_SHEET_NAME) {
    try {
      const [okr, settings] = await batchGet(spreadsheetId, [tab, SETTINGS_SHEET_NAME], token);
      return { values: okr?.values ?? [], settingsValues: settings?.values ?? [] };
    } catch (error) {
      if (!(error instanceof ApiError && error.kind === 'tab-not-found')) throw error;
    }
  }
  const [okr] = await batchGet(spreadsheetId, [tab], token);
  return { values: okr?.values ?? [], settingsValues: null };
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

/** The Sheets API v4 calls the extension makes. */
export const sheetsApi = { fetchSheetValues, fetchSpreadsheetInfo };

async function batchGet(spreadsheetId: string, tabs: string[], token: string): Promise<(ValueRange | undefined)[]> {
  const params = new URLSearchParams();
  for (const tab of tabs) params.append('ranges', `${quoteSheetName(tab)}!${tab === SETTINGS_SHEET_NAME ? 'A:B' : 'A:ZZ'}`);
  params.set('valueRenderOption', 'UNFORMATTED_VALUE');
  params.set('dateTimeRenderOption', 'SERIAL_NUMBER');
  params.set('majorDimension', 'ROWS');
  const body = (await getJson(`${spreadsheetUrl(spreadsheetId)}/values:batchGet?${params}`, token, tabs[0])) as { valueRanges?: ValueRange[] };
  const ranges = body.valueRanges ?? [];
  return tabs.map((_, i) => ranges[i]);
}

function spreadsheetUrl(spreadsheetId: string): string {
  return `${buildConfig.sheetsApiBase}/v4/spreadsheets/${encodeURIComponent(spreadsheetId)}`;
}

async function getJson(url: string, token: string, tab?: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
  } catch {
    throw offlineError();
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) throw apiError(response.status, body, tab);
  return body;
}
