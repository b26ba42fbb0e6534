import { beforeEach, expect, test } from 'vitest';
import type { ExtensionCache, PendingCheckIn } from '../../extension/types';
import { READ_SCOPE, EMAIL_SCOPE, WRITE_SCOPE, STAND_IN_WRITE_TOKEN } from '../e2e/sheets-api-stand-in';
import { refreshWithStandIn, TEAM_SHEET_ID as SHEET_ID, teamSource } from './refresh-with-stand-in';

const ctx = refreshWithStandIn();
beforeEach(() => {
  ctx.api.tokens.set(STAND_IN_WRITE_TOKEN, [WRITE_SCOPE, EMAIL_SCOPE]);
  ctx.fake.local.options = { sheets: [teamSource], names: ['Ana Pereira'], refreshMinutes: 60 };
});

function checkIn(over: Partial<PendingCheckIn> = {}): PendingCheckIn {
  return {
    id: 'c1', spreadsheetId: SHEET_ID, tab: 'Q4 OKRs', key: 'delight customers in search / raise csat from 65% to 75%', row: 5, objective: 'Delight customers in Search',
    keyResult: 'Raise CSAT from 65% to 75%', owner: 'ana@example.com', shownCurrent: 0.71, current: 0.73, confidenceText: '', confidence: null, note: 'n',
    by: 'ana@example.com', date: '2026-11-16', createdAt: 1, state: 'waiting', message: null, attempts: 0, ...over,
  };
}

test('a token without the write scope gets Google 403 insufficient scopes: the check-in waits, with the reason, nothing lost', async () => {
  const { api, fake, sheet, mod } = ctx;
  api.tokens.set(STAND_IN_WRITE_TOKEN, [READ_SCOPE, EMAIL_SCOPE]);
  await mod.checkInNow(checkIn());
  const saved = fake.local.checkIns as PendingCheckIn[];
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ id: 'c1', state: 'waiting', message: expect.stringMatching(/^Waiting to send/) });
  expect(api.writes.map((w) => w.status)).toEqual([403]);
  expect(sheet.tabs[0]!.values[4]![7]).toBe(0.71);
  // Access given: the next refresh sends it, once.
  api.tokens.set(STAND_IN_WRITE_TOKEN, [WRITE_SCOPE, EMAIL_SCOPE]);
  await mod.refreshSheets();
  await mod.refreshSheets();
  expect(fake.local.checkIns).toEqual([]);
  expect(sheet.tabs[0]!.values[4]![7]).toBe(0.73);
  expect(api.writes.filter((w) => w.status === 200 && w.url.includes('values:batchUpdate'))).toHaveLength(1);
});

test('the answer to a write is lost (the sheet has it): the retry sees it in the history and does not write again', async () => {
  const { api, fake, sheet, mod } = ctx;
  await mod.checkInNow(checkIn());
  expect(fake.local.checkIns).toEqual([]);
  const writes = api.writes.length;
  // As if the browser had kept it (the answer never came): it is back in the queue, marked as sending.
  fake.local.checkIns = [checkIn({ state: 'sending', attempts: 1 })];
  await mod.refreshSheets();
  expect(fake.local.checkIns).toEqual([]);
  expect(api.writes.length).toBe(writes);
  const history = sheet.tabs.find((t) => t.title === 'Scorecard history')!.values;
  expect(history).toHaveLength(2);
});

test('after the write the cache holds the values as written: the view scores them without another read', async () => {
  const { api, fake, mod } = ctx;
  await mod.refreshSheets();
  const reads = api.requests.filter((r) => r.includes('values:batchGet')).length;
  await mod.checkInNow(checkIn({ current: 0.75 }));
  expect(api.requests.filter((r) => r.includes('values:batchGet')).length).toBe(reads + 1); // the re-read before writing, nothing after
  const cache = fake.local.cache as ExtensionCache;
  expect(cache.sheets[`${SHEET_ID}|Q4 OKRs`]!.values![4]![7]).toBe(0.75);
  const view = fake.local.view as { mine: { sheets: { groups: { keyResults: { row: number; score: number }[] }[] }[] } };
  expect(view.mine.sheets[0]!.groups.flatMap((g) => g.keyResults).find((k) => k.row === 5)!.score).toBe(1);
});

test('a check-in without a person waits until the person is known (a history row without By would read as a scoring)', async () => {
  const { api, fake, mod } = ctx;
  fake.local.options = { sheets: [teamSource], names: [], refreshMinutes: 60 };
  fake.local.cache = { email: null, sheets: {}, refreshedAt: null };
  api.tokens.set('test-token', []); // no email from userinfo either
  try {
    await mod.checkInNow(checkIn({ by: '' }));
    expect((fake.local.checkIns as PendingCheckIn[])[0]).toMatchObject({ state: 'waiting', message: expect.stringMatching(/says who made it/) });
    expect(api.writes).toEqual([]);
    fake.local.options = { sheets: [teamSource], names: ['Ana Pereira'], refreshMinutes: 60 };
    await mod.refreshSheets();
    expect(fake.local.checkIns).toEqual([]);
    const data = (api.writes.at(-1)!.body as { data: { values: unknown[][] }[] }).data;
    expect(data.at(-1)!.values.at(-1)!.at(-1)).toBe('Ana Pereira'); // By
  } finally {
    api.tokens.set('test-token', [READ_SCOPE, EMAIL_SCOPE]);
  }
});
