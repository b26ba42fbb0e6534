import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import type { CachedView } from '../../extension/types';
import { extTeamOkrSheet } from '../fixtures/ext-team-okr-sheet';
import { sheetsApiStandIn, type SheetsApiStandIn } from '../e2e/sheets-api-stand-in';
import { fakeChrome } from './fake-chrome';

const globals = globalThis as unknown as { __SHEETS_API_BASE__?: string; chrome?: typeof chrome };
const SHEET_ID = '1GrowthTeamOkrSheet_abcdefghijklmnop';
const fake = fakeChrome();
let api: SheetsApiStandIn;

beforeAll(async () => {
  api = await sheetsApiStandIn();
  api.spreadsheets.set(SHEET_ID, extTeamOkrSheet);
  globals.__SHEETS_API_BASE__ = api.url;
  globals.chrome = fake.chrome;
  await import('../../extension/background');
});
afterAll(async () => {
  await api.close();
  delete globals.__SHEETS_API_BASE__;
  delete globals.chrome;
});

const batchGets = () => api.requests.filter((r) => r.includes('batchGet')).length;

test('on start: schedules the refresh alarm every 30 minutes and paints the demo view', async () => {
  await vi.waitFor(() => expect((fake.local.view as CachedView | undefined)?.mine.mode).toBe('demo'));
  expect(fake.alarms.get('refresh')?.periodInMinutes).toBeGreaterThanOrEqual(27);
  expect(fake.alarms.get('refresh')?.periodInMinutes).toBeLessThanOrEqual(33);
  expect(fake.badge.text).toBe('');
});

test('saving options reschedules the alarm and refreshes', async () => {
  await fake.chrome.storage.local.set({ options: { sheets: [{ spreadsheetId: SHEET_ID, tab: 'Q4 OKRs', gid: 1822, title: 'Growth', timeZone: 'UTC' }], names: ['Ana Pereira'], refreshMinutes: 60 } });
  await vi.waitFor(() => expect(fake.alarms.get('refresh')?.periodInMinutes).toBeGreaterThanOrEqual(54));
  expect(fake.alarms.get('refresh')?.periodInMinutes).toBeLessThanOrEqual(66);
  await vi.waitFor(() => expect((fake.local.view as CachedView).mine.mode).toBe('ready'));
  expect(fake.badge.text).toBe('2');
});

test('the alarm refreshes', async () => {
  const before = batchGets();
  fake.fireAlarm('refresh');
  await vi.waitFor(() => expect(batchGets()).toBe(before + 1));
});

test('a refresh message from the popup refreshes and answers when done', async () => {
  const before = batchGets();
  await expect(fake.sendMessage({ type: 'refresh' })).resolves.toEqual({ ok: true });
  expect(batchGets()).toBe(before + 1);
  await expect(fake.sendMessage({ type: 'other' })).resolves.toBeUndefined();
});
