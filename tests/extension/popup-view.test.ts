import { describe, expect, test } from 'vitest';
import type { ExtensionCache, ExtensionOptions } from '../../extension/types';
import { popupView } from '../../extension/popup-view';
import { demoSheet } from '../../extension/demo-sheet';
import { readSheet } from '../../shared/read-sheet';
import { extTeamOkrSheet } from '../fixtures/ext-team-okr-sheet';

const key = 'sheet-1|Q4 OKRs';
const options: ExtensionOptions = { sheets: [{ spreadsheetId: 'sheet-1', tab: 'Q4 OKRs', gid: 1822, title: 'Growth', timeZone: 'UTC' }], names: ['Ana Pereira'], refreshMinutes: 30 };
const now = new Date('2026-11-20T12:00:00Z');
const cached = (over: Partial<ExtensionCache['sheets'][string]> = {}): ExtensionCache => ({
  email: 'ana@example.com',
  refreshedAt: 1,
  sheets: { [key]: { values: extTeamOkrSheet.tabs[0]!.values, settingsValues: extTeamOkrSheet.tabs[1]!.values, fetchedAt: 1000, error: null, ...over } },
});

describe('popupView', () => {
  test('no sheet: labelled demo with KRs of several colours', () => {
    const view = popupView({ ...options, sheets: [] }, { email: null, sheets: {}, refreshedAt: null }, now);
    expect(view.mode).toBe('demo');
    const krs = view.sheets[0]!.groups.flatMap((g) => g.keyResults);
    expect(krs.length).toBe(6);
    expect(new Set(krs.map((k) => k.status)).size).toBeGreaterThanOrEqual(3);
    expect(view.counts.green + view.counts.amber + view.counts.red + view.counts.grey).toBe(6);
  });

  test('connected, never read: loading', () => {
    const view = popupView(options, { email: null, sheets: {}, refreshedAt: null }, now);
    expect(view.mode).toBe('loading');
    expect(view.nothingMine).toBe(false);
  });

  test('read: my KRs with the sheet settings, the fixed as-of date for due dates, counts, age', () => {
    const view = popupView(options, cached(), now);
    expect(view.mode).toBe('ready');
    expect(view.sheets[0]!.groups.flatMap((g) => g.keyResults).map((k) => k.row)).toEqual([5, 6, 7, 8, 9, 11, 12]);
    expect(view.sheets[0]!.fixedAsOf).toBe('2026-11-16');
    expect(view.mineCounts).toEqual({ green: 3, amber: 1, red: 2, grey: 1 });
    expect(view.fetchedAt).toBe(1000);
    expect(view.identities).toEqual(['ana@example.com', 'Ana Pereira']);
  });

  test('without the settings tab the defaults apply (row 7 turns amber)', () => {
    const view = popupView(options, cached({ settingsValues: null }), new Date('2026-11-16T12:00:00Z'));
    const kr7 = view.sheets[0]!.groups.flatMap((g) => g.keyResults).find((k) => k.row === 7);
    const direct = readSheet(extTeamOkrSheet.tabs[0]!.values, { asOf: '2026-11-16' });
    expect(kr7?.status).toBe('amber');
    expect(kr7?.status).toBe(direct.objectives.flatMap((o) => o.keyResults).find((k) => k.row === 7)?.status);
  });

  test('an error with cached values keeps them; without values there is only the error', () => {
    const error = { kind: 'no-access' as const, message: 'No access', status: 403, at: 2000 };
    const withValues = popupView(options, cached({ error }), now);
    expect(withValues.sheets[0]!.error).toEqual(error);
    expect(withValues.sheets[0]!.groups.length).toBe(2);
    const withoutValues = popupView(options, cached({ error, values: null, fetchedAt: null }), now);
    expect(withoutValues.mode).toBe('ready');
    expect(withoutValues.sheets[0]!.groups).toEqual([]);
    expect(withoutValues.sheets[0]!.error?.kind).toBe('no-access');
  });

  test('nothing mine: flagged; everyone shows the whole team but the badge counts stay mine', () => {
    const mine = popupView({ ...options, names: [] }, { ...cached(), email: 'zed@example.com' }, now);
    expect(mine.nothingMine).toBe(true);
    expect(mine.sheets[0]!.groups).toEqual([]);
    const team = popupView({ ...options, names: [] }, { ...cached(), email: 'zed@example.com' }, now, true);
    expect(team.everyone).toBe(true);
    expect(team.sheets[0]!.groups.flatMap((g) => g.keyResults).length).toBe(10);
    expect(team.mineCounts).toEqual({ green: 0, amber: 0, red: 0, grey: 0 });
  });
});

test('a tab with no key results gets a note, not "nothing mine"', () => {
  const kpis = extTeamOkrSheet.tabs.find((t) => t.title === 'KPIs')!.values;
  const view = popupView(options, cached({ values: kpis, settingsValues: null }), now);
  expect(view.sheets[0]!.note).toMatch(/holds KPIs/);
  expect(view.nothingMine).toBe(false);
  const none = popupView(options, cached({ values: [['nothing here']], settingsValues: null }), now);
  expect(none.sheets[0]!.note).toMatch(/no key results/);
  expect(popupView(options, cached(), now).sheets[0]!.note).toBeNull();
});

test.each(['2026-01-01', '2026-02-14', '2026-03-31', '2026-08-15', '2026-12-31'])('demoSheet(%s) is in the current quarter', (today) => {
  const report = readSheet(demoSheet(today), { asOf: today });
  expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const krs = report.objectives.flatMap((o) => o.keyResults);
  expect(krs).toHaveLength(6);
  for (const kr of krs) expect(kr.periodStart! <= today && today < kr.periodEnd!).toBe(true);
});
