import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/default-settings';
import { readSettings } from '../../shared/read-settings';
import { readSheet } from '../../shared/read-sheet';
import { settingsRows } from '../../shared/settings-rows';
import type { Cell } from '../../shared/types';
import { fixturesDir, loadAddOn, outputColumns, readGrid, settingsWithAsOf } from './addon-harness';

describe('Set up OKR sheet / Set up KPI sheet', () => {
  it('adds an OKR tab with headers, frozen bold header, dropdowns, a checkbox, formats, three examples and the settings tab', async () => {
    const { local, code } = await loadAddOn({ Existing: [['keep me']] });
    code.call('setUpOkrSheet');
    expect(local.sheetNames()).toEqual(['Existing', 'OKRs', 'Scorecard settings']);
    const values = local.values('OKRs') as Cell[][];
    expect(values[0]).toEqual(['Objective', 'Key result', 'Owner', 'Team', 'Period', 'Commitment', 'Kind', 'Start', 'Target', 'Current', 'Due', 'Weight', 'Notes']);
    expect(values.length).toBe(4);
    expect(local.sheetInfo('OKRs').frozenRows).toBe(1);
    expect(local.cell('OKRs', 'A1')?.fontWeight).toBe('bold');
    expect(local.cell('OKRs', 'F2')?.validation?.values[0]).toEqual(['Committed', 'Aspirational']);
    expect(local.cell('OKRs', 'F500')?.validation?.criteria).toBe('VALUE_IN_LIST');
    expect(local.cell('OKRs', 'G3')?.validation?.values[0]).toEqual(['increase', 'decrease', 'threshold', 'milestone', 'baseline']);
    expect(local.cell('OKRs', 'J4')?.validation?.criteria).toBe('CHECKBOX');
    expect(local.cell('OKRs', 'J4')?.value).toBe(false);
    expect(local.cell('OKRs', 'H2')?.numberFormat).toBe('0%');
    expect(local.values('Existing')).toEqual([['keep me']]);
    // The settings tab holds the defaults, read back as the defaults.
    const settings = readSettings(local.values('Scorecard settings') as Cell[][]);
    expect(settings.problems).toEqual([]);
    expect(settings.settings).toEqual({ ...defaultSettings, columns: {} });
    expect(local.values('Scorecard settings').length).toBe(settingsRows({ ...defaultSettings, columns: {} }).length);
    // The example rows are a sheet the engine reads: one objective, three key results.
    const report = readSheet(values, { asOf: '2026-11-16' });
    expect(report.kind).toBe('okr');
    expect(report.objectives.length).toBe(1);
    expect(report.objectives[0]!.keyResults.map((k) => k.kind)).toEqual(['increase', 'decrease', 'milestone']);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // And it can be scored straight away.
    code.call('scoreThisSheet');
    expect(outputColumns(local, 'OKRs').size).toBeGreaterThanOrEqual(3);
  });

  it('adds a KPI tab with a direction dropdown and three KPIs with a trend; a second set-up gets a free name and keeps the settings', async () => {
    const { local, code } = await loadAddOn({ Existing: [['x']], 'Scorecard settings': settingsWithAsOf('2026-08-15') });
    code.call('setUpKpiSheet');
    const values = local.values('KPIs') as Cell[][];
    expect(values[0]!.slice(0, 7)).toEqual(['KPI', 'Owner', 'Team', 'Direction', 'Target', 'Tolerance', 'Unit']);
    expect(values.length).toBe(4);
    expect(local.cell('KPIs', 'D2')?.validation?.values[0]).toEqual(['higher', 'lower', 'range']);
    const report = readSheet(values, { asOf: '2026-11-16' });
    expect(report.kind).toBe('kpi');
    expect(report.kpis.length).toBe(3);
    expect(report.kpis.every((k) => k.actual !== null && k.trend)).toBe(true);
    code.call('setUpKpiSheet');
    expect(local.sheetNames()).toContain('KPIs 2');
    expect(local.values('Scorecard settings')).toEqual([['Setting', 'Value'], ['As-of date', expect.anything()]]);
  });
});

describe('Settings dialog', () => {
  it('opens the dialog, reads defaults, saves valid settings into the tab and refuses bad ones', async () => {
    const { local, code } = await loadAddOn({ Data: [['x']] });
    code.call('showSettings');
    expect(local.ui.shown.at(-1)?.kind).toBe('modal');
    const empty = code.call('getSettings') as { exists: boolean; settings: typeof defaultSettings };
    expect(empty.exists).toBe(false);
    expect(empty.settings.aspirationalGreen).toBe(0.7);

    const saved = code.call('saveSettings', { aspirationalGreen: 0.6, aspirationalAmber: 0.3, tolerance: 0.05, defaultCommitment: 'committed', asOf: '2026-09-01', locale: 'de-DE' }) as { saved: boolean; problems: unknown[] };
    expect(saved.problems).toEqual([]);
    expect(saved.saved).toBe(true);
    const tab = readSettings(local.values('Scorecard settings') as Cell[][]);
    expect(tab.problems).toEqual([]);
    expect(tab.settings).toMatchObject({ aspirationalGreen: 0.6, aspirationalAmber: 0.3, tolerance: 0.05, defaultCommitment: 'committed', asOf: '2026-09-01', locale: 'de-DE' });
    expect(typeof local.values('Scorecard settings').find((r) => r[0] === 'As-of date')?.[1]).toBe('string');

    const before = local.values('Scorecard settings');
    const refused = code.call('saveSettings', { committedGreen: 0.5, committedAmber: 0.9 }) as { saved: boolean; problems: { message: string }[] };
    expect(refused.saved).toBe(false);
    expect(refused.problems[0]?.message).toMatch(/amber/i);
    expect(local.values('Scorecard settings')).toEqual(before);
  });
});

describe('Dashboard sidebar server functions', () => {
  it('opens the sidebar and returns the sheet read by the engine, with owners, teams, problems and the saved identity', async () => {
    const grid = readGrid(path.join(fixturesDir, 'addon-demo-okr.tsv'));
    const { local, code } = await loadAddOn({ 'Demo OKRs': grid, 'Scorecard settings': settingsWithAsOf('2026-11-16') });
    code.call('showDashboard');
    expect(local.ui.shown.at(-1)?.kind).toBe('sidebar');
    expect(local.ui.shown.at(-1)?.html.getContent()).toContain('<div id="app"></div>');

    const data = code.call('getDashboard') as { sheetName: string; objectives: { title: string }[]; owners: string[]; teams: string[]; identity: string; problems: unknown[]; asOf: string };
    const report = readSheet(grid, { asOf: '2026-11-16', locale: 'en-US' });
    expect(data.sheetName).toBe('Demo OKRs');
    expect(data.asOf).toBe('2026-11-16');
    expect(data.objectives.map((o) => o.title)).toEqual(report.objectives.map((o) => o.title));
    expect(data.owners).toContain('ana@example.com');
    expect(data.teams).toEqual(['Finance', 'Growth', 'Platform', 'Product', 'Sales', 'Success']);
    expect(data.identity).toBe('');
    expect(JSON.parse(JSON.stringify(data))).toEqual(data); // google.script.run passes plain data only

    expect(code.call('saveMyIdentity', ' ana@example.com ')).toBe('ana@example.com');
    expect(local.properties.user.get('scorecard.identity')).toBe('ana@example.com');
    expect((code.call('getDashboard') as { identity: string }).identity).toBe('ana@example.com');

    expect(code.call('goToRow', 'Demo OKRs', 5)).toBe(true);
    expect(code.call('goToRow', 'Nope', 5)).toBe(false);

    const scored = code.call('scoreFromSidebar') as { objectives: unknown[] };
    expect(scored.objectives.length).toBe(report.objectives.length);
    expect(outputColumns(local, 'Demo OKRs').size).toBeGreaterThan(0);
  });
});
