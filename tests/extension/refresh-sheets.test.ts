import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { CachedView, ExtensionCache, ExtensionOptions, SheetSource } from '../../extension/types';
import { readSheet } from '../../shared/read-sheet';
import { readSettings } from '../../shared/read-settings';
import { extMyRows, extTeamOkrSheet } from '../fixtures/ext-team-okr-sheet';
import { sheetsApiStandIn, type SheetsApiStandIn } from '../e2e/sheets-api-stand-in';
import { fakeChrome, type FakeChrome } from './fake-chrome';

// The modules under test read the build-time constant; a test build points them at the stand-in.
const globals = globalThis as unknown as { __SHEETS_API_BASE__?: string; chrome?: typeof chrome };

const SHEET_ID = '1GrowthTeamOkrSheet_abcdefghijklmnop';
const source: SheetSource = { spreadsheetId: SHEET_ID, tab: 'Q4 OKRs', gid: 1822, title: 'Growth team OKRs', timeZone: 'Europe/Lisbon' };

let api: SheetsApiStandIn;
let fake: FakeChrome;
let mod: typeof import('../../extension/refresh-sheets');
let sheetsApi: typeof import('../../extension/platform/sheets-api');

beforeAll(async () => {
  api = await sheetsApiStandIn({ email: 'ana@example.com' });
  globals.__SHEETS_API_BASE__ = api.url;
  mod = await import('../../extension/refresh-sheets');
  sheetsApi = await import('../../extension/platform/sheets-api');
});
afterAll(async () => {
  await api.close();
  delete globals.__SHEETS_API_BASE__;
  delete globals.chrome;
});
beforeEach(() => {
  fake = fakeChrome();
  globals.chrome = fake.chrome;
  api.mode = 'ok';
  api.spreadsheets.clear();
  api.spreadsheets.set(SHEET_ID, extTeamOkrSheet);
  api.requests.length = 0;
});

function setOptions(options: Partial<ExtensionOptions>) {
  fake.local.options = { sheets: [source], names: ['Ana Pereira'], refreshMinutes: 30, ...options };
}
const cache = () => fake.local.cache as ExtensionCache;
const view = () => fake.local.view as CachedView;

describe('fetchSheetValues', () => {
  test('reads the OKR tab and the settings tab in one batchGet, as Google answers them', async () => {
    const read = await sheetsApi.fetchSheetValues(SHEET_ID, 'Q4 OKRs', 'test-token');
    expect(read.values[0]).toEqual(['Growth team OKRs, Q4 2026']);
    expect(read.values[1]).toEqual([]);
    expect(read.values[7]).toEqual(['', 'Establish a baseline for search abandonment', 'ana@example.com', 'Q4 2026', 'Aspirational', '', 'baseline']);
    expect(read.settingsValues).toEqual(extTeamOkrSheet.tabs[1]!.values);
    expect(api.requests.filter((r) => r.includes('batchGet'))).toHaveLength(1);
  });

  test('a missing settings tab (400 Unable to parse range) means defaults: the OKR tab is read alone', async () => {
    api.spreadsheets.set(SHEET_ID, { ...extTeamOkrSheet, tabs: [extTeamOkrSheet.tabs[0]!] });
    const read = await sheetsApi.fetchSheetValues(SHEET_ID, 'Q4 OKRs', 'test-token');
    expect(read.settingsValues).toBeNull();
    expect(read.values).toHaveLength(16);
    const batches = api.requests.filter((r) => r.includes('batchGet')).map((r) => new URL(r, api.url).searchParams.getAll('ranges'));
    expect(batches).toEqual([["'Q4 OKRs'!A:ZZ", "'Scorecard settings'!A:B"], ["'Q4 OKRs'!A:ZZ"]]);
  });

  test('a missing OKR tab is reported as such', async () => {
    await expect(sheetsApi.fetchSheetValues(SHEET_ID, 'Q9 OKRs', 'test-token')).rejects.toMatchObject({ kind: 'tab-not-found' });
  });

  test('an empty tab has no values key and reads as no rows', async () => {
    api.spreadsheets.set(SHEET_ID, { ...extTeamOkrSheet, tabs: [{ title: 'Empty', sheetId: 3, values: [] }] });
    await expect(sheetsApi.fetchSheetValues(SHEET_ID, 'Empty', 'test-token')).resolves.toEqual({ values: [], settingsValues: null });
  });

  test('where spreadsheets.get is refused, the first tab is learnt from values:batchGet', async () => {
    api.valuesOnly = true;
    try {
      await expect(sheetsApi.fetchSpreadsheetInfo(SHEET_ID, 'test-token')).resolves.toEqual({ title: null, timeZone: null, tabs: [{ title: 'Q4 OKRs', sheetId: -1 }] });
      await expect(sheetsApi.fetchSpreadsheetInfo('no-such-sheet', 'test-token')).rejects.toMatchObject({ kind: 'not-found' });
    } finally {
      api.valuesOnly = false;
    }
  });

  test('spreadsheet info lists the tabs', async () => {
    await expect(sheetsApi.fetchSpreadsheetInfo(SHEET_ID, 'test-token')).resolves.toEqual({
      title: 'Growth team OKRs',
      timeZone: 'Europe/Lisbon',
      tabs: [{ title: 'Q4 OKRs', sheetId: 1822 }, { title: 'Scorecard settings', sheetId: 99 }, { title: 'KPIs', sheetId: 7 }],
    });
  });
});

describe('refreshSheets', () => {
  test('caches the values, detects the email, scores my KRs with the sheet settings and sets the badge', async () => {
    setOptions({});
    await mod.refreshSheets();
    const c = cache();
    expect(c.email).toBe('ana@example.com');
    const entry = c.sheets[`${SHEET_ID}|Q4 OKRs`]!;
    expect(entry.error).toBeNull();
    expect(entry.fetchedAt).toBeGreaterThan(0);
    const mine = view().mine;
    expect(mine.mode).toBe('ready');
    const krs = mine.sheets[0]!.groups.flatMap((g) => g.keyResults);
    expect(krs.map((k) => k.row)).toEqual(extMyRows);
    const { settings } = readSettings(extTeamOkrSheet.tabs[1]!.values);
    const report = readSheet(extTeamOkrSheet.tabs[0]!.values, { settings });
    const byRow = new Map(report.objectives.flatMap((o) => o.keyResults).map((k) => [k.row, k]));
    for (const kr of krs) {
      expect(kr.status).toBe(byRow.get(kr.row)!.status);
      expect(kr.score).toBe(byRow.get(kr.row)!.score);
    }
    expect(fake.badge.text).toBe(String(mine.mineCounts.red));
    expect(fake.badge.text).toBe('2');
    expect(fake.badge.color).toBe('#c62828');
    expect(view().team.sheets[0]!.groups.flatMap((g) => g.keyResults).length).toBeGreaterThan(krs.length);
  });

  test('an error keeps the last values and records what went wrong', async () => {
    setOptions({});
    await mod.refreshSheets();
    const before = cache().sheets[`${SHEET_ID}|Q4 OKRs`]!;
    for (const [mode, kind] of [[403, 'no-access'], [404, 'not-found'], ['down', 'offline']] as const) {
      api.mode = mode;
      await mod.refreshSheets();
      const after = cache().sheets[`${SHEET_ID}|Q4 OKRs`]!;
      expect(after.error?.kind).toBe(kind);
      expect(after.values).toEqual(before.values);
      expect(after.fetchedAt).toBe(before.fetchedAt);
      expect(view().mine.sheets[0]!.groups.length).toBeGreaterThan(0);
      expect(fake.badge.text).toBe('2');
    }
  });

  test('no sheet connected: the demo view, no requests, no badge', async () => {
    await mod.refreshSheets();
    expect(api.requests).toEqual([]);
    expect(view().mine.mode).toBe('demo');
    expect(view().mine.sheets[0]!.groups.length).toBeGreaterThan(0);
    expect(fake.badge.text).toBe('');
  });

  test('nothing of mine: the view says so, the badge stays empty', async () => {
    setOptions({ names: [] });
    fake.local.cache = { email: 'someone@else.com', sheets: {}, refreshedAt: null };
    await mod.refreshSheets();
    expect(view().mine.nothingMine).toBe(true);
    expect(view().team.nothingMine).toBe(true);
    expect(view().team.sheets[0]!.groups.length).toBeGreaterThan(0);
    expect(fake.badge.text).toBe('');
  });

  test('concurrent refreshes share one read', async () => {
    setOptions({});
    await Promise.all([mod.refreshSheets(), mod.refreshSheets(), mod.refreshSheets()]);
    expect(api.requests.filter((r) => r.includes('batchGet')).length).toBe(1);
  });

  test('rescoreCache re-scores cached values with new names without reading the sheet', async () => {
    setOptions({ names: [] });
    fake.local.cache = { email: null, refreshedAt: 1, sheets: { [`${SHEET_ID}|Q4 OKRs`]: { values: extTeamOkrSheet.tabs[0]!.values, settingsValues: extTeamOkrSheet.tabs[1]!.values, fetchedAt: 1, error: null } } };
    await mod.rescoreCache();
    expect(view().mine.nothingMine).toBe(true);
    setOptions({ names: ['Ana Pereira'] });
    await mod.rescoreCache();
    expect(view().mine.sheets[0]!.groups.flatMap((g) => g.keyResults).map((k) => k.row)).toEqual([9, 12]);
    expect(api.requests).toEqual([]);
  });
});

