import type { ExtensionOptions } from '../../extension/types';
import { extTeamOkrSheet } from '../fixtures/ext-team-okr-sheet';
import { sheetsApiStandIn } from '../e2e/sheets-api-stand-in';
import { fakeChrome } from '../extension/fake-chrome';
import { goal } from './goal';

const SHEET_ID = '1GrowthTeamOkrSheet_abcdefghijklmnop';
const MINUTE = 60_000;
/** Google's default Sheets API quota: read requests per minute per project. */
const DEFAULT_READ_QUOTA = 300;
const PEOPLE = 10_000;
/** Working hours over which the popup opens and check-ins happen (reads bunch there). */
const WORKING_HOURS = 8;

/**
 * Sheets API requests per person per day, counted on the real client code (refresh-sheets, the check-in
 * sender) against the local stand-in, with the clock moved through a typical day: the browser open 24 h
 * with the hourly refresh (alarm), the popup opened 15 times (12 at separate moments, 3 re-opened within
 * a minute), one check-in. Then what it means for a 10,000-person company against the default quota of
 * 300 read requests per minute per project.
 */
export async function sheetsApiBench(): Promise<void> {
  const api = await sheetsApiStandIn({ email: 'ana@example.com' });
  api.spreadsheets.set(SHEET_ID, structuredClone(extTeamOkrSheet));
  const globals = globalThis as unknown as { __SHEETS_API_BASE__?: string; chrome?: typeof chrome };
  const realNow = Date.now;
  let clock = Date.parse('2026-11-30T00:00:00Z');
  Date.now = () => clock;
  globals.__SHEETS_API_BASE__ = api.url;
  const fake = fakeChrome();
  globals.chrome = fake.chrome;
  try {
    const { refreshSheets, checkInNow } = await import('../../extension/refresh-sheets');
    const options: ExtensionOptions = { sheets: [{ spreadsheetId: SHEET_ID, tab: 'Q4 OKRs', gid: 1822, title: 'Growth', timeZone: 'UTC' }], names: ['Ana Pereira'], refreshMinutes: 60 };
    fake.local.options = options;
    // The popup's open: read only what is older than 60 s (as popup-app asks).
    const openPopup = () => refreshSheets({ maxAgeMs: MINUTE });
    const events: { at: number; run: () => Promise<void>; kind: 'open' | 'refresh' | 'check-in' }[] = [];
    for (let h = 0; h < 24; h++) events.push({ at: h * 60, kind: 'refresh', run: () => refreshSheets() });
    const opens = [9 * 60 + 5, 9 * 60 + 40, 10 * 60 + 15, 11 * 60 + 5, 11 * 60 + 50, 12 * 60 + 30, 13 * 60 + 20, 14 * 60 + 5, 14 * 60 + 45, 15 * 60 + 30, 16 * 60 + 10, 17 * 60 + 5];
    for (const m of opens) events.push({ at: m, kind: 'open', run: openPopup });
    for (const m of [opens[0]!, opens[5]!, opens[10]!]) events.push({ at: m + 0.5, kind: 'open', run: openPopup }); // re-opened within a minute
    events.push({
      at: 14 * 60 + 6,
      kind: 'check-in',
      run: () =>
        checkInNow({
          id: 'bench-1', spreadsheetId: SHEET_ID, tab: 'Q4 OKRs', key: 'delight customers in search / raise csat from 65% to 75%', row: 5,
          objective: 'Delight customers in Search', keyResult: 'Raise CSAT from 65% to 75%', owner: 'ana@example.com', shownCurrent: 0.71, current: 0.73,
          confidenceText: '', confidence: null, note: '', by: 'ana@example.com', date: '2026-11-30', createdAt: clock, state: 'waiting', message: null, attempts: 0,
        }),
    });
    events.sort((a, b) => a.at - b.at);
    const start = clock;
    const count: Record<'open' | 'refresh' | 'check-in', number> = { open: 0, refresh: 0, 'check-in': 0 };
    const readsBy: Record<'open' | 'refresh' | 'check-in', number> = { open: 0, refresh: 0, 'check-in': 0 };
    const sheetsCalls = () => api.requests.filter((r) => r.startsWith('/v4/')).length;
    // Every Sheets API call that is not a write counts against the read quota (values:batchGet, and the
    // once-a-day values.get of the tab as shown, for value formats).
    const reads = () => sheetsCalls() - api.writes.length;
    for (const e of events) {
      clock = start + e.at * MINUTE;
      const before = reads();
      await e.run();
      count[e.kind] += 1;
      readsBy[e.kind] += reads() - before;
    }
    const total = sheetsCalls();
    const writes = api.writes.filter((w) => w.status === 200).length;
    const readCount = reads();
    console.log(`A typical day for one person: ${count.refresh} hourly refreshes, ${count.open} popup openings, ${count['check-in']} check-in.`);
    const batchGets = api.requests.filter((r) => r.includes('values:batchGet')).length;
    console.log(`Sheets API requests: ${total} (${readCount} reads: ${batchGets} values:batchGet, ${readCount - batchGets} values.get of the tab as shown; ${writes} writes: ${api.writes.filter((w) => w.status === 200).map((w) => (w.url.includes('/values:batchUpdate') ? 'values:batchUpdate' : w.url.includes(':append') ? 'values:append' : 'addSheet (the history tab, first check-in only)')).join(', ')}).`);
    console.log(`Reads by cause: hourly refresh ${readsBy.refresh}, popup openings ${readsBy.open} (re-opened within a minute: 0 each), check-in ${readsBy['check-in']}.`);
    console.log('(The first read of a spreadsheet without a settings or history tab costs one more request to learn it is missing; remembered for a day. The email is read once from the userinfo endpoint, which is not the Sheets API.)');
    goal('Sheets API requests per person per day', total, 45, 'requests');
    const perDay = readCount * PEOPLE;
    const perMinuteWorking = perDay / (WORKING_HOURS * 60);
    const perMinuteDay = perDay / (24 * 60);
    console.log(
      `${PEOPLE.toLocaleString('en-US')} people: ${perDay.toLocaleString('en-US')} reads a day; ${Math.round(perMinuteDay)} a minute over 24 h, ${Math.round(perMinuteWorking)} a minute if they bunch in ${WORKING_HOURS} working hours, against Google's default ${DEFAULT_READ_QUOTA} read requests per minute per project: ask for about ${Math.ceil((perMinuteWorking * 2) / 100) * 100} (twice the working-hours average, for the 9 a.m. peak).`,
    );
    goal('popup openings within a minute of a read: reads', readsBy.open - opens.length, 0, 'reads');
  } finally {
    Date.now = realNow;
    delete globals.__SHEETS_API_BASE__;
    delete globals.chrome;
    await api.close();
  }
}
