/**
 * The built add-on shows values as the sheet shows them (formatValue, one formatter for every face):
 * the `Scorecard summary` tab's KPI Actual and Target, and the Dashboard's data for the sidebar,
 * whether a cell holds text (`$1.5M`) or a number shown with a format (`72%` typed into Sheets).
 * On the add-on's own tabs the Dashboard and Score this sheet say what to do instead.
 */
import { describe, expect, it } from 'vitest';
import { formatValue } from '../../shared/format-value';
import { formatTarget } from '../../shared/format-target';
import type { DashboardData } from '../../apps-script/commands/dashboard-data';
import type { Cell } from '../../shared/types';
import { loadAddOn, settingsWithAsOf } from './addon-harness';

const KPIS: Cell[][] = [
  ['KPI', 'Owner', 'Target', 'Actual', 'Unit'],
  ['Gross margin', 'Ana', '75%', '72%', ''],
  ['Churn', 'Ben', '3%', '3.8%', ''],
  ['ARR', 'Cara', '$2M', '$1.5M', ''],
  ['First response time', 'Dan', '4', '6', 'hours'],
  ['Revenue', 'Eve', '€ 2.000,00', '€ 1.234,50', ''],
];

const OKRS: Cell[][] = [
  ['Objective', 'Key result', 'Owner', 'Period', 'Start', 'Target', 'Current'],
  ['Delight customers', 'Raise CSAT', 'Ana', 'Q4 2026', '65%', '75%', '72%'],
  ['', 'Cut churn', 'Ben', 'Q4 2026', '5%', '3%', '3.8%'],
  ['', 'Grow ARR', 'Cara', 'Q4 2026', '$1M', '$2M', '$1.5M'],
  ['', 'Answer faster (hours)', 'Dan', 'Q4 2026', '10', '4', '6'],
];

describe('values as the sheet shows them', () => {
  it('the summary tab lists each KPI actual and target in its own unit', async () => {
    const addOn = await loadAddOn({ KPIs: KPIS, 'Scorecard settings': settingsWithAsOf('2026-11-16') }, { typed: true });
    addOn.code.call('scoreThisSheet');
    const summary = addOn.local.values('Scorecard summary') as Cell[][];
    const header = summary[0]!;
    const actual = header.indexOf('Actual');
    const target = header.indexOf('Target');
    // A KPI whose direction was guessed says so after its name: match on the name's start.
    const byName = new Map(summary.slice(1).map((r) => [String(r[2]).split(' (')[0], [r[actual], r[target]]]));
    expect(byName.get('Gross margin')).toEqual(['72%', '75%']);
    expect(byName.get('Churn')).toEqual(['3.8%', '3%']);
    expect(byName.get('ARR')).toEqual(['$1.5M', '$2M']);
    expect(byName.get('First response time')).toEqual(['6 hours', '4 hours']);
    expect(String(byName.get('Revenue')?.[0])).toContain('€');
  });

  it('the Dashboard data formats each KR the way its cells are shown (typed % cells are numbers with a format)', async () => {
    const addOn = await loadAddOn({ OKRs: OKRS, 'Scorecard settings': settingsWithAsOf('2026-11-16') }, { typed: true });
    // Typed into Sheets, `72%` is the number 0.72 shown as 72%: only the display value says so.
    expect(addOn.local.values('OKRs')[1]![6]).toBe(0.72);
    const data = addOn.code.call('getDashboard') as DashboardData;
    const shown = data.objectives[0]!.keyResults.map((kr) => `${formatValue(kr.current, kr.format)} of ${formatTarget(kr)}`);
    expect(shown).toEqual(['72% of 75%', '3.8% of 3%', '$1.5M of $2M', '6 of 4']);
  });

  it.each(['Scorecard summary', 'Scorecard settings', 'Scorecard history'])('on "%s" the Dashboard lists nothing and Score this sheet refuses, saying why', async (tab) => {
    const addOn = await loadAddOn({ [tab]: [['Sheet', 'Type', 'Name'], ['OKRs', 'Objective', 'Grow']], OKRs: OKRS });
    addOn.local.select(tab, 'A1');
    const data = addOn.code.call('getDashboard') as DashboardData;
    expect(data.notice).toBe(`"${tab}" belongs to the add-on — open an OKR or KPI sheet, then Score this sheet.`);
    expect(data.objectives).toEqual([]);
    expect(data.kpis).toEqual([]);
    const before = addOn.local.values(tab);
    addOn.code.call('scoreThisSheet');
    expect(addOn.local.values(tab)).toEqual(before);
    expect(addOn.local.toasts.at(-1)?.message).toBe(data.notice);
  });
});
