import { afterEach, beforeEach, expect, test } from 'vitest';
import { storage } from '../../extension/platform/storage';
import { alarms } from '../../extension/platform/alarms';
import { badge } from '../../extension/platform/badge';
import { messages } from '../../extension/platform/messages';
import { fakeChrome, type FakeChrome } from './fake-chrome';
import { popupView } from '../../extension/popup-view';

const demo = popupView({ sheets: [], names: [], refreshMinutes: 30 }, { email: null, sheets: {}, refreshedAt: null }, new Date('2026-11-20T12:00:00Z'));

const globals = globalThis as unknown as { chrome?: typeof chrome };
let fake: FakeChrome;
beforeEach(() => {
  fake = fakeChrome();
  globals.chrome = fake.chrome;
});
afterEach(() => {
  delete globals.chrome;
});

test('options default to no sheets, no names, 30 minutes; partial or bad saves are completed', async () => {
  await expect(storage.readOptions()).resolves.toEqual({ sheets: [], names: [], refreshMinutes: 30 });
  fake.local.options = { sheets: [{ spreadsheetId: 'x', tab: 'T' }], names: ['Ana', '', 4], refreshMinutes: 0 };
  await expect(storage.readOptions()).resolves.toEqual({ sheets: [{ spreadsheetId: 'x', tab: 'T', gid: null, title: null, timeZone: null }], names: ['Ana'], refreshMinutes: 30 });
});

test('the cache defaults to empty and the view to null; forgetEmail keeps the values', async () => {
  await expect(storage.readCache()).resolves.toEqual({ email: null, sheets: {}, refreshedAt: null });
  await expect(storage.readPopupState()).resolves.toEqual({ view: null, options: { sheets: [], names: [], refreshMinutes: 30 } });
  await storage.writeCache({ email: 'a@b.c', sheets: {}, refreshedAt: 5 }, { mine: demo, team: demo, optionsKey: 'k' });
  await expect(storage.readPopupState()).resolves.toMatchObject({ view: { mine: demo, team: demo, optionsKey: 'k' } });
  await storage.forgetEmail();
  await expect(storage.readCache()).resolves.toEqual({ email: null, sheets: {}, refreshedAt: 5 });
});

test('writes round-trip and onChange reports them until stopped', async () => {
  const seen: unknown[] = [];
  const stop = storage.onChange((c) => seen.push(c));
  await storage.writeOptions({ sheets: [], names: ['Ben'], refreshMinutes: 15 });
  await storage.writeCache({ email: 'a@b.c', sheets: {}, refreshedAt: 5 }, { mine: demo, team: demo, optionsKey: 'k' });
  await fake.chrome.storage.session.set({ other: 1 });
  stop();
  await storage.writeOptions({ sheets: [], names: [], refreshMinutes: 15 });
  expect(seen).toEqual([
    { options: { sheets: [], names: ['Ben'], refreshMinutes: 15 } },
    { cache: { email: 'a@b.c', sheets: {}, refreshedAt: 5 }, view: { mine: demo, team: demo, optionsKey: 'k' } },
  ]);
  await expect(storage.readOptions()).resolves.toMatchObject({ names: [] });
});

test('alarms: schedule sets the period jittered by ±10 %, keeps one within 10 %, never below 1 minute', async () => {
  await alarms.schedule(30, () => 0);
  expect(fake.alarms.get('refresh')).toEqual({ periodInMinutes: 27, delayInMinutes: 27 });
  await alarms.schedule(29, () => 0.5);
  expect(fake.alarms.get('refresh')?.periodInMinutes).toBe(27); // within 10 % of 29: kept
  await alarms.schedule(60, () => 0.999);
  expect(fake.alarms.get('refresh')?.periodInMinutes).toBeCloseTo(65.99, 2);
  await alarms.schedule(0.2, () => 0);
  expect(fake.alarms.get('refresh')?.periodInMinutes).toBe(1);
  const periods = new Set<number>();
  for (let i = 0; i < 20; i++) {
    await fake.chrome.alarms.clear('refresh');
    await alarms.schedule(60);
    const period = fake.alarms.get('refresh')!.periodInMinutes!;
    expect(period).toBeGreaterThanOrEqual(54);
    expect(period).toBeLessThanOrEqual(66);
    periods.add(period);
  }
  expect(periods.size).toBeGreaterThan(1);
  let fired = 0;
  alarms.onFire(() => (fired += 1));
  fake.fireAlarm('other');
  fake.fireAlarm('refresh');
  fake.fireAlarm('retry');
  expect(fired).toBe(2);
});

test('badge: text, colour and title', async () => {
  await badge({ text: '3', color: '#c62828', title: 'My key results: 3 off track' });
  expect(fake.badge).toEqual({ text: '3', color: '#c62828', title: 'My key results: 3 off track' });
  await badge({ text: '', color: null, title: 'My key results' });
  expect(fake.badge.text).toBe('');
});

test('messages: openOptions opens the options page; requestRefresh survives no listener', async () => {
  messages.openOptions();
  expect(fake.openedOptions).toBe(1);
  await expect(messages.requestRefresh()).resolves.toBeUndefined();
});
