/**
 * The popup shows each KR's values in its own unit: the refresh also reads the OKR tab as the sheet shows
 * it (FORMATTED_VALUE, once a day or when the tab's length changes), and the view's KRs carry the format
 * read from it, so `0.71` is shown as `71%`.
 */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { CachedView, ExtensionCache, SheetSource } from '../../extension/types';
import { keyResultValues } from '../../shared/key-result-values';
import { extTeamOkrSheet } from '../fixtures/ext-team-okr-sheet';
import { sheetsApiStandIn, type SheetsApiStandIn } from '../e2e/sheets-api-stand-in';
import { fakeChrome, type FakeChrome } from './fake-chrome';

const globals = globalThis as unknown as { __SHEETS_API_BASE__?: string; chrome?: typeof chrome };
const SHEET_ID = '1GrowthTeamOkrSheet_display';
const source: SheetSource = { spreadsheetId: SHEET_ID, tab: 'Q4 OKRs', gid: 1822, title: 'Growth team OKRs', timeZone: 'Europe/Lisbon' };

let api: SheetsApiStandIn;
let fake: FakeChrome;
let mod: typeof import('../../extension/refresh-sheets');

beforeAll(async () => {
  api = await sheetsApiStandIn({ email: 'ana@example.com' });
  globals.__SHEETS_API_BASE__ = api.url;
  mod = await import('../../extension/refresh-sheets');
});
afterAll(async () => {
  await api.close();
  delete globals.__SHEETS_API_BASE__;
  delete globals.chrome;
});
beforeEach(() => {
  fake = fakeChrome();
  globals.chrome = fake.chrome;
  api.spreadsheets.clear();
  api.spreadsheets.set(SHEET_ID, extTeamOkrSheet);
  api.requests.length = 0;
  fake.local.options = { sheets: [source], names: ['Ana Pereira'], refreshMinutes: 30 };
});

const displayReads = () => api.requests.filter((r) => r.includes('/values/') && r.includes('FORMATTED_VALUE'));
const shown = (row: number) => {
  const kr = (fake.local.view as CachedView).mine.sheets[0]!.groups.flatMap((g) => g.keyResults).find((k) => k.row === row)!;
  return keyResultValues(kr);
};

test('percent cells read as fractions are shown with % (and the rest as the sheet writes them)', async () => {
  await mod.refreshSheets();
  const cached = (fake.local.cache as ExtensionCache).sheets[`${SHEET_ID}|Q4 OKRs`]!;
  expect(cached.values?.[4]?.[7]).toBe(0.71);
  expect(cached.displayValues?.[4]?.[7]).toBe('71%');
  expect(displayReads()).toHaveLength(1);
  expect(shown(5)).toEqual({ now: '71%', target: '75%' });
  expect(shown(9)).toEqual({ now: '4.3%', target: '6%' });
  expect(shown(7)).toEqual({ now: '13,200', target: '20,000' });
});

test('the display is read again only when a day has passed or the tab changed length', async () => {
  await mod.refreshSheets();
  await mod.refreshSheets({ maxAgeMs: 0 });
  expect(displayReads()).toHaveLength(1);
  const longer = { ...extTeamOkrSheet, tabs: [{ ...extTeamOkrSheet.tabs[0]!, values: [...extTeamOkrSheet.tabs[0]!.values, ['', 'Extra KR', 'Ana Pereira', 'Q4 2026', 'Committed', 0, 10, 5]] }, ...extTeamOkrSheet.tabs.slice(1)] };
  api.spreadsheets.set(SHEET_ID, longer);
  await mod.refreshSheets({ maxAgeMs: 0 });
  expect(displayReads()).toHaveLength(2);
});

test('a tab whose cells have no number format shows its values as they are', async () => {
  const { display: _display, ...plain } = extTeamOkrSheet.tabs[0]!;
  api.spreadsheets.set(SHEET_ID, { ...extTeamOkrSheet, tabs: [plain, ...extTeamOkrSheet.tabs.slice(1)] });
  await mod.refreshSheets();
  expect(shown(5)).toEqual({ now: '0.71', target: '0.75' });
  expect((fake.local.cache as ExtensionCache).sheets[`${SHEET_ID}|Q4 OKRs`]!.error).toBeNull();
});
