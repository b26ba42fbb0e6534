import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../shared/read-sheet';
import { readSettings } from '../../shared/read-settings';
import { formatValue } from '../../shared/format-value';
import type { Cell, SheetReport } from '../../shared/types';
import { fixturesDir, loadAddOn, okrSamples, otherFormulas, outputColumns, readGrid, settingsWithAsOf, withoutColumns, type AddOn } from './addon-harness';

const AS_OF = '2026-08-15';

function rounded(x: number | null | undefined): Cell {
  return x === null || x === undefined ? '' : Math.round(x * 100) / 100;
}

async function scoreSheet(name: string, grid: Cell[][], asOf = AS_OF): Promise<AddOn & { before: Cell[][] }> {
  const addOn = await loadAddOn({ [name]: grid, 'Scorecard settings': settingsWithAsOf(asOf) });
  const before = addOn.local.values(name) as Cell[][];
  addOn.code.call('scoreThisSheet');
  return { ...addOn, before };
}

/** What readSheet says about the sheet the add-on scored (its own columns left out, its settings applied). */
function engineReport(addOn: AddOn, name: string): { report: SheetReport; outputs: Map<string, number>; after: Cell[][] } {
  const outputs = outputColumns(addOn.local, name);
  const after = addOn.local.values(name) as Cell[][];
  const settings = readSettings(addOn.local.values('Scorecard settings') as Cell[][]).settings;
  const report = readSheet(withoutColumns(after, outputs.values()), { asOf: AS_OF, locale: 'en-US', settings });
  return { report, outputs, after };
}

function cellAt(after: Cell[][], row: number, column: number | undefined): Cell {
  if (column === undefined) throw new Error('missing output column');
  return after[row - 1]?.[column - 1] ?? '';
}

/** Every key result, objective and KPI row holds what the engine computed, in the add-on's columns. */
function expectWritten(report: SheetReport, outputs: Map<string, number>, after: Cell[][]): number {
  let checked = 0;
  const krRows = new Set(report.objectives.flatMap((o) => o.keyResults.map((k) => k.row)));
  const shared = report.objectives.some((o) => krRows.has(o.row));
  for (const o of report.objectives) {
    for (const kr of o.keyResults) {
      expect(cellAt(after, kr.row, outputs.get('score')), `row ${kr.row} score`).toBe(rounded(kr.score));
      expect(cellAt(after, kr.row, outputs.get('status')), `row ${kr.row} status`).toBe(kr.status);
      expect(cellAt(after, kr.row, outputs.get('expected')), `row ${kr.row} expected`).toBe(rounded(kr.expected));
      checked++;
    }
    if (!krRows.has(o.row)) {
      expect(cellAt(after, o.row, outputs.get('score')), `objective row ${o.row}`).toBe(rounded(o.score));
      expect(cellAt(after, o.row, outputs.get('status'))).toBe(o.status);
      checked++;
    }
    if (shared) {
      expect(cellAt(after, o.row, outputs.get('rollup')), `roll-up row ${o.row}`).toBe(rounded(o.score));
      expect(cellAt(after, o.row, outputs.get('rollupStatus'))).toBe(o.status);
    }
  }
  for (const k of report.kpis) {
    expect(cellAt(after, k.row, outputs.get('status')), `KPI row ${k.row}`).toBe(k.status);
    expect(cellAt(after, k.row, outputs.get('trend'))).toBe(k.trend ?? '');
    checked++;
  }
  return checked;
}

describe('Score this sheet on the OKR samples', () => {
  for (const file of okrSamples()) {
    it(`${path.basename(file)}: writes what readSheet computes and leaves every other cell as it was`, async () => {
      const addOn = await scoreSheet('Sheet', readGrid(file));
      const { report, outputs, after } = engineReport(addOn, 'Sheet');
      expect(withoutColumns(after, outputs.values())).toEqual(addOn.before);
      if (report.objectives.length === 0 && report.kpis.length === 0) {
        expect(outputs.size).toBe(0);
        return;
      }
      expect(expectWritten(report, outputs, after)).toBeGreaterThan(0);
      expect(otherFormulas(addOn.local, 'Sheet')).toEqual([]);
    });
  }

  it('keeps the sample\'s own Status and Score columns untouched, and never reads its own columns back', async () => {
    const file = okrSamples().find((f) => f.endsWith('.tsv'))!;
    const grid = readGrid(file);
    const header = grid.findIndex((r) => r.includes('Status') && r.includes('Score'));
    expect(header).toBeGreaterThanOrEqual(0);
    const statusCol = grid[header]!.indexOf('Status');
    const scoreCol = grid[header]!.indexOf('Score');
    const addOn = await scoreSheet('Team OKRs', grid);
    const after = addOn.local.values('Team OKRs') as Cell[][];
    for (let r = 0; r < grid.length; r++) {
      expect(after[r]![statusCol]).toEqual(addOn.before[r]![statusCol]);
      expect(after[r]![scoreCol]).toEqual(addOn.before[r]![scoreCol]);
    }
    const outputs = outputColumns(addOn.local, 'Team OKRs');
    expect([...outputs.values()].every((c) => c > grid[0]!.length)).toBe(true);
    // Scoring again reads the same input (the add-on's Status/Score columns are not taken for the person's).
    addOn.code.call('scoreThisSheet');
    expect(addOn.local.values('Team OKRs')).toEqual(after);
  });
});

describe('Score this sheet on the demo sheets', () => {
  for (const [name, file] of [
    ['Demo OKRs', 'addon-demo-okr.tsv'],
    ['Demo KPIs', 'addon-demo-kpi.tsv'],
  ] as const) {
    it(`${name}: scores, statuses, colours and the summary tab`, async () => {
      const addOn = await scoreSheet(name, readGrid(path.join(fixturesDir, file)), AS_OF);
      const { report, outputs, after } = engineReport(addOn, name);
      expect(expectWritten(report, outputs, after)).toBeGreaterThan(5);
      expect(withoutColumns(after, outputs.values())).toEqual(addOn.before);

      // Colours come from conditional formatting rules over whole columns, not per-cell backgrounds.
      const look = addOn.local.evaluateConditionalFormats(name);
      const statusCol = outputs.get('status')!;
      const colours = { green: '#b7e1cd', amber: '#fce8b2', red: '#f4c7c3', grey: '#e8eaed' } as Record<string, string>;
      for (let r = report.headerRow; r < after.length; r++) {
        const status = String(after[r]![statusCol - 1]);
        if (status) expect(look[r]![statusCol - 1]!.background, `row ${r + 1}`).toBe(colours[status]);
      }
      const rules = addOn.local.sheetInfo(name).rules;
      expect(rules.length).toBe(4);
      for (const rule of rules) for (const box of rule.boxes) expect(box.numRows).toBeGreaterThanOrEqual(1000);
      for (let r = 1; r <= after.length; r++) expect(addOn.local.cell(name, `A${r}`)?.background ?? null).toBeNull();

      // The summary tab lists objectives (or KPIs) with score, status and counts.
      const summary = addOn.local.values('Scorecard summary') as Cell[][];
      expect(summary[0]).toEqual(['Sheet', 'Type', 'Name', 'Owner', 'Score', 'Status', 'Green', 'Amber', 'Red', 'Grey', 'Row', 'As of', 'Actual', 'Target']);
      const items = report.kind === 'okr' ? report.objectives : report.kpis;
      const listed = summary.filter((r) => r[0] === name && r[1] !== 'Total');
      expect(listed.length).toBe(items.length);
      for (const [i, item] of items.entries()) {
        expect(listed[i]![5]).toBe(item.status);
        expect(listed[i]![10]).toBe(item.row);
        // A KPI's actual as the sheet shows it (formatValue); objectives have none.
        if ('actual' in item) expect(listed[i]![12]).toBe(item.actual === null ? '' : formatValue(item.actual, item.format));
      }
      if (report.kind === 'okr') {
        const o = report.objectives[0]!;
        const n = { green: 0, amber: 0, red: 0, grey: 0 };
        for (const kr of o.keyResults) n[kr.status]++;
        expect(listed[0]!.slice(4, 10)).toEqual([rounded(o.score), o.status, n.green, n.amber, n.red, n.grey]);
      }
      expect(addOn.local.toasts.at(-1)?.message).toMatch(/^Scored /);
    });
  }

  it('scoring twice equals scoring once (values, metadata, rules, summary)', async () => {
    const addOn = await scoreSheet('Demo OKRs', readGrid(path.join(fixturesDir, 'addon-demo-okr.tsv')));
    const once = { values: addOn.local.values('Demo OKRs'), meta: addOn.local.metadata(), rules: addOn.local.sheetInfo('Demo OKRs').rules, summary: addOn.local.values('Scorecard summary') };
    addOn.code.call('scoreThisSheet');
    expect(addOn.local.values('Demo OKRs')).toEqual(once.values);
    expect(addOn.local.metadata()).toEqual(once.meta);
    expect(addOn.local.sheetInfo('Demo OKRs').rules).toEqual(once.rules);
    expect(addOn.local.values('Scorecard summary')).toEqual(once.summary);
  });

  it('finds its columns by metadata after the person inserts columns, and keeps other rules', async () => {
    const addOn = await scoreSheet('Demo OKRs', readGrid(path.join(fixturesDir, 'addon-demo-okr.tsv')));
    const first = outputColumns(addOn.local, 'Demo OKRs');
    const sheet = addOn.local.sheet('Demo OKRs');
    sheet.insertColumnsBefore(1, 2); // two new columns at the left
    sheet.getRange(1, 1, 3, 2).setValues([['Mine', 'Status'], ['keep', 'x'], ['me', 'y']]);
    const insideGap = first.get('status')! + 2; // between the add-on's Score and Status columns now
    sheet.insertColumnsBefore(insideGap, 1);
    sheet.getRange(1, insideGap, 2, 1).setValues([['Person notes'], ['do not touch']]);
    // A rule of the person's own, on one of their columns: kept by the re-score.
    const app = addOn.local.globals.SpreadsheetApp;
    const rule = app.newConditionalFormatRule().whenTextEqualTo('x').setBackground('#000000').setRanges([sheet.getRange('B:B')]).build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]);
    const before = addOn.local.values('Demo OKRs') as Cell[][];
    addOn.code.call('scoreThisSheet');
    const moved = outputColumns(addOn.local, 'Demo OKRs');
    expect(moved.size).toBe(first.size);
    expect(moved.get('score')).toBe(first.get('score')! + 2);
    expect(moved.get('status')).toBe(first.get('status')! + 3);
    const after = addOn.local.values('Demo OKRs') as Cell[][];
    expect(withoutColumns(after, moved.values())).toEqual(withoutColumns(before, moved.values()));
    expect(after[1]![insideGap - 1]).toBe('do not touch');
    const rules = addOn.local.sheetInfo('Demo OKRs').rules;
    expect(rules.length).toBe(5);
    const { report } = engineReport(addOn, 'Demo OKRs');
    expectWritten(report, moved, after);
  });

  it('a failure before the writes leaves the sheet as it was', async () => {
    const grid = readGrid(path.join(fixturesDir, 'addon-demo-okr.tsv'));
    const addOn = await loadAddOn({ 'Demo OKRs': grid });
    const before = addOn.local.values('Demo OKRs');
    const utilities = addOn.local.globals.Utilities as { formatDate: (...a: unknown[]) => string };
    const original = utilities.formatDate;
    utilities.formatDate = () => {
      throw new Error('Service unavailable');
    };
    expect(() => addOn.code.call('scoreThisSheet')).toThrow(/Service unavailable/);
    utilities.formatDate = original;
    expect(addOn.local.values('Demo OKRs')).toEqual(before);
    expect(addOn.local.metadata()).toEqual([]);
    expect(addOn.local.sheetNames()).toEqual(['Demo OKRs']);
    expect(addOn.local.lockHolder('document')).toBeNull();
  });

  it('refuses to score its own summary and settings tabs', async () => {
    const addOn = await scoreSheet('Demo OKRs', readGrid(path.join(fixturesDir, 'addon-demo-okr.tsv')));
    for (const tab of ['Scorecard summary', 'Scorecard settings']) {
      const before = addOn.local.values(tab);
      addOn.local.select(tab, 'A1');
      addOn.code.call('scoreThisSheet');
      expect(addOn.local.values(tab)).toEqual(before);
      expect(outputColumns(addOn.local, tab).size).toBe(0);
      expect(addOn.local.toasts.at(-1)?.message).toMatch(/belongs to the add-on/);
    }
  });

  it('waits for the document lock: while someone else holds it, nothing is written', async () => {
    const addOn = await loadAddOn({ 'Demo OKRs': readGrid(path.join(fixturesDir, 'addon-demo-okr.tsv')) });
    const before = addOn.local.values('Demo OKRs');
    addOn.local.holdLockAsOtherUser('document');
    expect(() => addOn.code.call('scoreThisSheet')).toThrow(/someone else is scoring/i);
    expect(addOn.local.values('Demo OKRs')).toEqual(before);
    addOn.local.releaseLock('document');
    addOn.code.call('scoreThisSheet');
    expect(outputColumns(addOn.local, 'Demo OKRs').size).toBeGreaterThan(0);
  });
});
