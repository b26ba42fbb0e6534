import { expect, test } from 'vitest';
import type { PopupView } from '../../extension/popup-view';
import { alertChanges, type AlertItem } from '../../extension/alert-changes';
import { checkInReminder } from '../../extension/check-in-reminder';
import { refreshWithStandIn, TEAM_SHEET_ID, teamSource } from './refresh-with-stand-in';

const item = (id: string, status: AlertItem['status']): AlertItem => ({ id, name: `KR ${id}`, status, url: `https://docs.google.com/spreadsheets/d/x/edit#range=A${id}` });

test.each([
  ['amber', 'red', true],
  ['green', 'red', true],
  ['grey', 'red', true],
  ['green', 'amber', true],
  ['grey', 'amber', false],
  ['red', 'amber', false],
  ['red', 'red', false],
  ['amber', 'green', false],
] as const)('%s → %s alerts: %s', (from, to, alerts) => {
  const { alerts: out } = alertChanges({ statuses: { a: from }, alerted: {} }, [item('a', to)], '2026-11-30');
  expect(out.length).toBe(alerts ? 1 : 0);
});

test('at most one alert per item per day; a first sighting never alerts; the text names it and its new status', () => {
  let state = { statuses: { a: 'green' as const }, alerted: {} };
  const first = alertChanges(state, [item('a', 'amber'), item('new', 'red')], '2026-11-30');
  expect(first.alerts.map((a) => [a.title, a.message])).toEqual([['At risk: KR a', 'KR a is now at risk (it was on track). Click to open its row in the sheet.']]);
  const second = alertChanges(first.state, [item('a', 'red')], '2026-11-30');
  expect(second.alerts).toEqual([]);
  const nextDay = alertChanges({ ...second.state, statuses: { a: 'amber' } }, [item('a', 'red')], '2026-12-01');
  expect(nextDay.alerts.map((a) => a.title)).toEqual(['Off track: KR a']);
  expect(nextDay.state.alerted).toEqual({ a: '2026-12-01' });
  state = { statuses: { a: 'green' }, alerted: {} };
  expect(alertChanges(state, [], '2026-12-01').state.statuses).toEqual({});
});

test('weekly reminder: on its day, once, listing my KRs not checked in for 7 days', () => {
  const view = {
    mode: 'ready',
    sheets: [{ spreadsheetId: 's', groups: [{ keyResults: [{ key: 'a', title: 'Old one' }, { key: 'b', title: 'Fresh one' }, { key: 'c', title: 'Never' }] }], trends: { a: { lastCheckIn: '2026-11-20' }, b: { lastCheckIn: '2026-11-28' } } }],
  } as unknown as PopupView;
  // 2026-11-30 is a Monday (1).
  expect(checkInReminder(view, 1, '2026-11-30', null)).toEqual({ title: 'Time to check in', message: '2 key results have no check-in for 7 days: Old one; Never', url: 'https://docs.google.com/spreadsheets/d/s/edit' });
  expect(checkInReminder(view, 1, '2026-11-30', '2026-11-30')).toBeNull();
  expect(checkInReminder(view, 2, '2026-11-30', null)).toBeNull();
  expect(checkInReminder(view, null, '2026-11-30', null)).toBeNull();
});

const ctx = refreshWithStandIn();

test('refreshes: a KR of mine turning red notifies once (click opens its row); a KPI of mine too; alerts off: none', async () => {
  const { fake, sheet, mod } = ctx;
  const source = teamSource;
  const SHEET_ID = TEAM_SHEET_ID;
  fake.local.options = { sheets: [source], names: ['Ana Pereira'], refreshMinutes: 60 };
  await mod.refreshSheets();
  expect(fake.notifications).toEqual([]); // first sighting
  sheet.tabs[0]!.values[11]![7] = 20; // Raise NPS from 20 to 40: 28 → 20, amber → red
  await mod.refreshSheets();
  await mod.refreshSheets();
  expect(fake.notifications.map((n) => n.title)).toEqual(['Off track: Raise NPS from 20 to 40']);
  (await import('../../extension/platform/notifications')).notifications.listen();
  fake.clickNotification(fake.notifications[0]!.id);
  expect(fake.openedTabs).toEqual([`https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit#gid=1822&range=A12`]);
  // KPIs of a KPI tab, owned by me.
  fake.local.options = { sheets: [{ ...source, tab: 'KPIs', gid: 7 }], names: ['Ana Pereira'], refreshMinutes: 60 };
  await mod.refreshSheets();
  sheet.tabs[2]!.values[1]![3] = 20000;
  await mod.refreshSheets();
  expect(fake.notifications.map((n) => n.title).at(-1)).toMatch(/^Off track: Monthly active users$/);
  // Alerts off: statuses are followed, nothing shown.
  const shown = fake.notifications.length;
  fake.local.options = { sheets: [source], names: ['Ana Pereira'], refreshMinutes: 60, alerts: false };
  sheet.tabs[0]!.values[4]![7] = 0.5;
  await mod.refreshSheets();
  await mod.refreshSheets();
  expect(fake.notifications.length).toBe(shown);
});
