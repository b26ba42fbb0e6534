import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../shared/read-sheet';
import { readSettings } from '../../shared/read-settings';
import type { Cell, SheetReport } from '../../shared/types';
import { generatedLinkedOkrSheet, generatedOkrSheet, generatedWideKpiSheet } from './addon-generated-sheets';
import { fixturesDir, loadAddOn, otherFormulas, outputColumns, readGrid, settingsWithAsOf, withoutColumns, type AddOn } from './addon-harness';

const AS_OF = '2026-11-16';

const OKRS: Cell[][] = [
  ['Objective', 'Key result', 'Owner', 'Period', 'Start', 'Target', 'Current', 'Linked KPI'],
  ['Grow revenue', 'Reach 130k MRR', 'ana@example.com', 'Q4 2026', 90000, 130000, 0, 'Monthly recurring revenue'],
  ['', 'Cut logo churn to 1.5%', 'ben@example.com', 'Q4 2026', '2.5%', '1.5%', '2.5%', 'logo churn'],
  ['', 'Lift NPS to 45', 'ana@example.com', 'Q4 2026', 30, 45, 35, 'Net promoter scor'],
  ['', 'Ship billing v2', 'dev@example.com', 'Q4 2026', 0, 100, 40, ''],
];

function rounded(x: number | null | undefined): Cell {
  return x === null || x === undefined ? '' : Math.round(x * 100) / 100;
}

function settingsOf(addOn: AddOn) {
  return readSettings(addOn.local.values('Scorecard settings') as Cell[][]).settings;
}

/** readSheet on a tab as it is now (the add-on's columns left out), with `kpis` when given. */
function readTab(addOn: AddOn, tab: string, kpis?: { name: string; actual: number | null }[]): SheetReport {
  const values = withoutColumns(addOn.local.values(tab) as Cell[][], outputColumns(addOn.local, tab).values());
  return readSheet(values, { asOf: AS_OF, locale: 'en-US', settings: settingsOf(addOn), ...(kpis ? { kpis } : {}) });
}

/** The KPIs of a KPI tab as readSheet reads them, in the shape of readSheet's `kpis` option. */
function kpisOf(addOn: AddOn, tab: string): { name: string; actual: number | null }[] {
  const report = readTab(addOn, tab);
  expect(report.kind).toBe('kpi');
  return report.kpis.map((k) => ({ name: k.name, actual: k.actual }));
}

function expectScores(addOn: AddOn, tab: string, expected: SheetReport): number {
  const outputs = outputColumns(addOn.local, tab);
  const after = addOn.local.values(tab) as Cell[][];
  let n = 0;
  for (const o of expected.objectives) {
    for (const kr of o.keyResults) {
      expect(after[kr.row - 1]![outputs.get('score')! - 1], `row ${kr.row} score`).toBe(rounded(kr.score));
      expect(after[kr.row - 1]![outputs.get('status')! - 1], `row ${kr.row} status`).toBe(kr.status);
      n++;
    }
  }
  return n;
}

async function linkedSheets(okrs: Cell[][] = OKRS): Promise<AddOn> {
  const addOn = await loadAddOn({
    OKRs: okrs,
    KPIs: readGrid(path.join(fixturesDir, 'addon-demo-kpi.tsv')),
    'Scorecard settings': settingsWithAsOf(AS_OF),
  });
  addOn.local.select('OKRs', 'A1');
  return addOn;
}

describe('key results linked to KPIs', () => {
  it('Score this sheet scores a linked KR with the KPI\'s latest actual, as readSheet with `kpis` does', async () => {
    const addOn = await linkedSheets();
    addOn.code.call('scoreThisSheet');
    const kpis = kpisOf(addOn, 'KPIs');
    const expected = readTab(addOn, 'OKRs', kpis);
    expect(expectScores(addOn, 'OKRs', expected)).toBe(4);
    const krs = expected.objectives.flatMap((o) => o.keyResults);
    expect(krs[0]!.current).toBe(112000); // the KPI tab's Oct 2026 actual, not the Current cell's 0
    expect(krs[1]!.current).toBeCloseTo(0.019);
    // Without the link the first KR would score 0: the written score is the linked one.
    const unlinked = readTab(addOn, 'OKRs').objectives[0]!.keyResults[0]!;
    expect(unlinked.score).toBe(0);
    const outputs = outputColumns(addOn.local, 'OKRs');
    expect((addOn.local.values('OKRs') as Cell[][])[1]![outputs.get('score')! - 1]).toBe(rounded(krs[0]!.score));
    expect(krs[0]!.score).toBeGreaterThan(0.5);
    expect(otherFormulas(addOn.local)).toEqual([]);
  });

  it('an unknown KPI name is a warning and the Current cell is used', async () => {
    const addOn = await linkedSheets();
    addOn.code.call('scoreThisSheet');
    const expected = readTab(addOn, 'OKRs', kpisOf(addOn, 'KPIs'));
    const nps = expected.objectives[0]!.keyResults.find((k) => k.row === 4)!;
    expect(nps.current).toBe(35);
    const outputs = outputColumns(addOn.local, 'OKRs');
    expect((addOn.local.values('OKRs') as Cell[][])[3]![outputs.get('score')! - 1]).toBe(rounded(nps.score));
    expect(addOn.local.toasts.at(-1)?.message).toMatch(/1 problem/);
    const data = addOn.code.call('getDashboard') as { problems: { row: number; severity: string; message: string }[]; objectives: { keyResults: { row: number; current: number | null }[] }[] };
    const problem = data.problems.find((p) => p.row === 4);
    expect(problem?.severity).toBe('warning');
    expect(problem?.message).toMatch(/Net promoter scor/);
    // The sidebar reads the same: the linked KR's current is the KPI's actual.
    expect(data.objectives[0]!.keyResults.find((k) => k.row === 2)!.current).toBe(112000);
  });

  it('onEdit re-scores with the linked KPIs too', async () => {
    const addOn = await linkedSheets();
    addOn.code.call('scoreThisSheet');
    const sheet = addOn.local.sheet('OKRs');
    sheet.getRange('H5').setValue('Net promoter score'); // Ship billing v2 now follows NPS (38)
    addOn.code.call('onEdit', { range: sheet.getRange('H5'), value: 'Net promoter score', source: addOn.local.spreadsheet });
    const expected = readTab(addOn, 'OKRs', kpisOf(addOn, 'KPIs'));
    expect(expected.objectives[0]!.keyResults.find((k) => k.row === 5)!.current).toBe(38);
    expectScores(addOn, 'OKRs', expected);
  });

  it('a sheet without a Linked KPI column reads no other tab', async () => {
    async function calls(withKpiTab: boolean): Promise<string[]> {
      const { local, code } = await loadAddOn({
        OKRs: generatedOkrSheet(10),
        ...(withKpiTab ? { KPIs: generatedWideKpiSheet(10) } : {}),
        'Scorecard settings': settingsWithAsOf(AS_OF),
      });
      code.call('scoreThisSheet');
      local.resetCallLog();
      code.call('scoreThisSheet');
      code.call('getDashboard');
      return local.calls.filter((c) => c.counted).map((c) => `${c.service}.${c.method}`);
    }
    const without = await calls(false);
    expect(await calls(true)).toEqual(without);
    expect(without).not.toContain('Spreadsheet.getSheets');
  });

  it('service calls grow with the number of tabs, not with the number of rows', async () => {
    async function calls(rows: number, kpiTabs: number): Promise<{ first: string[]; again: string[]; addOn: AddOn }> {
      const tabs: Record<string, Cell[][]> = { OKRs: generatedLinkedOkrSheet(rows) };
      for (let t = 0; t < kpiTabs; t++) tabs[`KPIs ${t + 1}`] = generatedWideKpiSheet(10);
      tabs['Scorecard settings'] = settingsWithAsOf(AS_OF);
      const addOn = await loadAddOn(tabs);
      addOn.local.resetCallLog();
      addOn.code.call('scoreThisSheet');
      const first = addOn.local.calls.filter((c) => c.counted).map((c) => `${c.service}.${c.method}`);
      addOn.local.resetCallLog();
      addOn.code.call('scoreThisSheet');
      const again = addOn.local.calls.filter((c) => c.counted).map((c) => `${c.service}.${c.method}`);
      return { first, again, addOn };
    }
    const small = await calls(10, 1);
    const large = await calls(10_000, 1);
    expect(large.first).toEqual(small.first);
    expect(large.again).toEqual(small.again);
    expect(small.again).toContain('Spreadsheet.getSheets');
    const twoTabs = await calls(10, 2);
    const reads = (m: string[]): number => m.filter((x) => x === 'Range.getValues').length;
    expect(reads(twoTabs.again)).toBe(reads(small.again) + 1);

    // The 10-row sheet is scored with the KPI tab's actuals: `KPI 0`, `KPI 3`… linked, one name unknown.
    const expected = readTab(small.addOn, 'OKRs', kpisOf(small.addOn, 'KPIs 1'));
    expect(expectScores(small.addOn, 'OKRs', expected)).toBe(10);
    const krs = expected.objectives.flatMap((o) => o.keyResults);
    const kpi3 = kpisOf(small.addOn, 'KPIs 1').find((k) => k.name === 'KPI 3')!;
    expect(krs[3]!.current).toBe(kpi3.actual);
    expect(expected.problems.filter((p) => p.severity === 'warning' && /No such KPI/.test(p.message)).length).toBe(1);
  });
});
