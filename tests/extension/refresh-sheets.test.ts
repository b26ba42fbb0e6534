import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { CachedView, ExtensionCache, ExtensionOptions, SheetSource } from '../../extension/types';
import { readSheet } from '../../shared/read-sheet';
import { readSettings } from '../../shared/read-settings';
import { keyResultValues } from '../../shared/key-result-values';
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
  delete api.retryAfter;
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
    const read = await sheetsApi.fetchSheetValues(SHEET_ID, 'Q4 OKRs', 'test-token', ['Scorecard history']);
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
    expect(batches).toEqual([
      ["'Q4 OKRs'!A:ZZ", "'Scorecard settings'!A:B", "'Scorecard history'!A:L"],
      ["'Q4 OKRs'!A:ZZ", "'Scorecard history'!A:L"],
      ["'Q4 OKRs'!A:ZZ"],
    ]);
    expect(read.absentTabs).toEqual(['Scorecard settings', 'Scorecard history']);
  });

  test('the history tab is read in the same batchGet; tabs known to be missing are not asked for', async () => {
    const history = [['Date', 'Sheet', 'Key', 'Objective', 'Key result', 'Owner', 'Current', 'Score', 'Status', 'Confidence', 'Note', 'By'], ['2026-11-09', 'Q4 OKRs', 'k1', 'O', 'KR', '', 1, 0.5, 'amber', '', '', '']];
    api.spreadsheets.set(SHEET_ID, { ...extTeamOkrSheet, tabs: [extTeamOkrSheet.tabs[0]!, { title: 'Scorecard history', sheetId: 5, values: history }] });
    const read = await sheetsApi.fetchSheetValues(SHEET_ID, 'Q4 OKRs', 'test-token', ['Scorecard settings']);
    expect(read.historyValues).toEqual([history[0], history[1]!.slice(0, 9)]); // trailing blanks omitted, as Google does
    expect(read.settingsValues).toBeNull();
    expect(read.absentTabs).toEqual(['Scorecard settings']);
    const batches = api.requests.filter((r) => r.includes('batchGet')).map((r) => new URL(r, api.url).searchParams.getAll('ranges'));
    expect(batches).toEqual([["'Q4 OKRs'!A:ZZ", "'Scorecard history'!A:L"]]);
  });

  test('a missing OKR tab is reported as such', async () => {
    await expect(sheetsApi.fetchSheetValues(SHEET_ID, 'Q9 OKRs', 'test-token')).rejects.toMatchObject({ kind: 'tab-not-found' });
  });

  test('an empty tab has no values key and reads as no rows', async () => {
    api.spreadsheets.set(SHEET_ID, { ...extTeamOkrSheet, tabs: [{ title: 'Empty', sheetId: 3, values: [] }] });
    await expect(sheetsApi.fetchSheetValues(SHEET_ID, 'Empty', 'test-token')).resolves.toEqual({ values: [], settingsValues: null, historyValues: null, absentTabs: ['Scorecard settings', 'Scorecard history'] });
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

  test('concurrent refreshes share one read (the missing history tab is learnt once: 2 requests, then 1 a read)', async () => {
    setOptions({});
    await Promise.all([mod.refreshSheets(), mod.refreshSheets(), mod.refreshSheets()]);
    expect(api.requests.filter((r) => r.includes('batchGet')).length).toBe(2);
    await mod.refreshSheets();
    expect(api.requests.filter((r) => r.includes('batchGet')).length).toBe(3);
    expect(cache().sheets[`${SHEET_ID}|Q4 OKRs`]!.absentTabs).toEqual(['Scorecard history']);
  });

  test('tabs seen when the sheet was added: the first read asks only for the optional tabs that exist (one request)', async () => {
    const titles = extTeamOkrSheet.tabs.map((t) => t.title);
    expect(titles).not.toContain('Scorecard history');
    setOptions({ sheets: [{ ...source, tabsSeen: { titles, at: Date.now() } }] });
    await mod.refreshSheets({ maxAgeMs: 60_000 });
    const ranges = api.requests.filter((r) => r.includes('batchGet')).map((r) => new URL(r, api.url).searchParams.getAll('ranges'));
    expect(ranges).toEqual([["'Q4 OKRs'!A:ZZ", "'Scorecard settings'!A:B"]]);
    expect(cache().sheets[`${SHEET_ID}|Q4 OKRs`]!.absentTabs).toEqual(['Scorecard history']);
    // Seen more than a day ago: the tabs may have changed, so every optional tab is asked for again.
    api.requests.length = 0;
    fake.local.cache = { email: cache().email, sheets: {}, refreshedAt: null };
    setOptions({ sheets: [{ ...source, tabsSeen: { titles, at: Date.now() - 25 * 3_600_000 } }] });
    await mod.refreshSheets({ maxAgeMs: 60_000 });
    expect(new URL(api.requests.find((r) => r.includes('batchGet'))!, api.url).searchParams.getAll('ranges')).toContain("'Scorecard history'!A:L");
  });

  test('a missing tab is looked for again a day later', async () => {
    setOptions({});
    await mod.refreshSheets();
    const entry = cache().sheets[`${SHEET_ID}|Q4 OKRs`]!;
    fake.local.cache = { ...cache(), sheets: { [`${SHEET_ID}|Q4 OKRs`]: { ...entry, absentCheckedAt: entry.absentCheckedAt! - 25 * 3_600_000 } } };
    api.requests.length = 0;
    await mod.refreshSheets();
    const ranges = api.requests.filter((r) => r.includes('batchGet')).map((r) => new URL(r, api.url).searchParams.getAll('ranges'));
    expect(ranges[0]).toContain("'Scorecard history'!A:L");
    expect(cache().sheets[`${SHEET_ID}|Q4 OKRs`]!.absentCheckedAt).toBeGreaterThan(Date.now() - 60_000);
  });

  test('maxAgeMs (a popup opening): a sheet read less than that long ago is not read; an older one is read once', async () => {
    setOptions({});
    await mod.refreshSheets();
    const reads = () => api.requests.filter((r) => r.includes('batchGet')).length;
    const before = reads();
    for (let i = 0; i < 10; i++) await mod.refreshSheets({ maxAgeMs: 60_000 });
    expect(reads()).toBe(before);
    const entry = cache().sheets[`${SHEET_ID}|Q4 OKRs`]!;
    fake.local.cache = { ...cache(), sheets: { [`${SHEET_ID}|Q4 OKRs`]: { ...entry, fetchedAt: entry.fetchedAt! - 61_000 } } };
    await mod.refreshSheets({ maxAgeMs: 60_000 });
    expect(reads()).toBe(before + 1);
  });

  test('429 and 5xx back off exponentially, honour Retry-After, never beyond the refresh interval', async () => {
    setOptions({ refreshMinutes: 30 });
    await mod.refreshSheets();
    const key = `${SHEET_ID}|Q4 OKRs`;
    const reads = () => api.requests.filter((r) => r.includes('batchGet')).length;
    api.mode = 429;
    const t0 = Date.now();
    await mod.refreshSheets();
    let entry = cache().sheets[key]!;
    expect(entry.failures).toBe(1);
    expect(entry.error?.status).toBe(429);
    expect(entry.error!.retryAt! - t0).toBeGreaterThanOrEqual(30_000);
    expect(entry.error!.retryAt! - t0).toBeLessThan(40_000);
    expect(fake.alarms.get('retry')).toBeDefined();
    // During the backoff neither the alarm nor a popup opening reads the sheet.
    const during = reads();
    await mod.refreshSheets();
    await mod.refreshSheets({ maxAgeMs: 60_000 });
    expect(reads()).toBe(during);
    // The backoff over: the next busy answer doubles it; Google's Retry-After wins when longer; the interval caps it.
    const expire = () => {
      const e = cache().sheets[key]!;
      fake.local.cache = { ...cache(), sheets: { [key]: { ...e, error: { ...e.error!, retryAt: Date.now() - 1 } } } };
    };
    expire();
    api.mode = 503;
    await mod.refreshSheets();
    entry = cache().sheets[key]!;
    expect(entry.failures).toBe(2);
    expect(entry.error!.retryAt! - Date.now()).toBeGreaterThan(55_000);
    expire();
    api.retryAfter = '600';
    await mod.refreshSheets();
    entry = cache().sheets[key]!;
    expect(entry.error!.retryAt! - Date.now()).toBeGreaterThan(590_000);
    expire();
    api.retryAfter = '7200';
    await mod.refreshSheets();
    entry = cache().sheets[key]!;
    expect(entry.error!.retryAt! - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    expect(entry.error!.retryAt! - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(entry.values).toEqual(extTeamOkrSheet.tabs[0]!.values);
    // Back to normal: one good read clears the backoff.
    delete api.retryAfter;
    api.mode = 'ok';
    expire();
    await mod.refreshSheets();
    entry = cache().sheets[key]!;
    expect(entry.error).toBeNull();
    expect(entry.failures).toBe(0);
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

/**
 * The popup shows each KR's values in its own unit: the refresh also reads the OKR tab as the sheet shows
 * it (FORMATTED_VALUE, once a day or when the tab's length changes), and the view's KRs carry the format
 * read from it, so `0.71` is shown as `71%`.
 */
describe('display values', () => {
  const displayReads = () => api.requests.filter((r) => r.includes('/values/') && r.includes('FORMATTED_VALUE'));
  const shown = (row: number) => keyResultValues(view().mine.sheets[0]!.groups.flatMap((g) => g.keyResults).find((k) => k.row === row)!);
  beforeEach(() => setOptions({}));

  test('percent cells read as fractions are shown with % (and the rest as the sheet writes them)', async () => {
    await mod.refreshSheets();
    const cached = cache().sheets[`${SHEET_ID}|Q4 OKRs`]!;
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
    const [okr, ...rest] = extTeamOkrSheet.tabs;
    api.spreadsheets.set(SHEET_ID, { ...extTeamOkrSheet, tabs: [{ ...okr!, values: [...okr!.values, ['', 'Extra KR', 'Ana Pereira', 'Q4 2026', 'Committed', 0, 10, 5]] }, ...rest] });
    await mod.refreshSheets({ maxAgeMs: 0 });
    expect(displayReads()).toHaveLength(2);
  });

  test('a popup opening (maxAgeMs) or a first read from the popup never makes the display read: one request a sheet', async () => {
    await mod.refreshSheets({ maxAgeMs: 60_000 });
    expect(displayReads()).toHaveLength(0);
    expect(api.requests.filter((r) => r.includes('batchGet')).length).toBeGreaterThan(0);
    // The next background refresh (alarm) reads how the tab is shown, once.
    await mod.refreshSheets();
    expect(displayReads()).toHaveLength(1);
    expect(shown(5)).toEqual({ now: '71%', target: '75%' });
    // The tab grows: a popup opening does not read the display again and drops the rows it can no longer line up.
    const [okr, ...rest] = extTeamOkrSheet.tabs;
    api.spreadsheets.set(SHEET_ID, { ...extTeamOkrSheet, tabs: [{ ...okr!, values: [...okr!.values, ['', 'Extra KR', 'Ana Pereira', 'Q4 2026', 'Committed', 0, 10, 5]] }, ...rest] });
    const entry = cache().sheets[`${SHEET_ID}|Q4 OKRs`]!;
    fake.local.cache = { ...cache(), sheets: { [`${SHEET_ID}|Q4 OKRs`]: { ...entry, fetchedAt: entry.fetchedAt! - 61_000 } } };
    await mod.refreshSheets({ maxAgeMs: 60_000 });
    expect(displayReads()).toHaveLength(1);
    expect(cache().sheets[`${SHEET_ID}|Q4 OKRs`]!.displayValues).toBeNull();
  });

  test('a tab whose cells have no number format shows its values as they are', async () => {
    const [okr, ...rest] = extTeamOkrSheet.tabs;
    api.spreadsheets.set(SHEET_ID, { ...extTeamOkrSheet, tabs: [{ title: okr!.title, sheetId: okr!.sheetId, values: okr!.values }, ...rest] });
    await mod.refreshSheets();
    expect(shown(5)).toEqual({ now: '0.71', target: '0.75' });
    expect(cache().sheets[`${SHEET_ID}|Q4 OKRs`]!.error).toBeNull();
  });
});
