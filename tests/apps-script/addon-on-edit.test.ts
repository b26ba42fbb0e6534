import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../shared/read-sheet';
import type { Cell } from '../../shared/types';
import { fixturesDir, loadAddOn, outputColumns, readGrid, settingsWithAsOf, withoutColumns } from './addon-harness';

const AS_OF = '2026-11-16';

async function scoredDemo() {
  const addOn = await loadAddOn({ 'Demo OKRs': readGrid(path.join(fixturesDir, 'addon-demo-okr.tsv')), 'Scorecard settings': settingsWithAsOf(AS_OF) });
  addOn.code.call('scoreThisSheet');
  return addOn;
}

describe('onEdit', () => {
  it("re-scores the edited key result's objective with one read and one write", async () => {
    const { local, code } = await scoredDemo();
    const sheet = local.sheet('Demo OKRs');
    const outputs = outputColumns(local, 'Demo OKRs');
    const before = local.values('Demo OKRs') as Cell[][];
    // Row 3 is the second KR of the first objective (rows 2-4); its Current is column J.
    sheet.getRange('J3').setValue(7);
    local.resetCallLog();
    code.call('onEdit', { range: sheet.getRange('J3'), value: 7, oldValue: 10.5, source: local.spreadsheet });
    const counted = local.calls.filter((c) => c.counted);
    expect(counted.filter((c) => c.method === 'getValues').length).toBe(3); // the sheet + the settings tab + the history tab
    expect(counted.filter((c) => c.method === 'setValues').length).toBe(2); // the output block + the day's rows in the history tab
    const after = local.values('Demo OKRs') as Cell[][];
    const report = readSheet(withoutColumns(after, outputs.values()), { asOf: AS_OF, locale: 'en-US' });
    const objective = report.objectives[0]!;
    const kr = objective.keyResults.find((k) => k.row === 3)!;
    expect(kr.score).toBe(1);
    expect(after[2]![outputs.get('score')! - 1]).toBe(1);
    expect(after[2]![outputs.get('status')! - 1]).toBe(kr.status);
    expect(after[1]![outputs.get('rollup')! - 1]).toBe(Math.round(objective.score! * 100) / 100);
    expect(after[1]![outputs.get('rollup')! - 1]).not.toBe(before[1]![outputs.get('rollup')! - 1]);
    // Rows of other objectives are not rewritten; the person's cells are as they left them.
    const written = local.calls.find((c) => c.method === 'getRange' && c.args.startsWith('2,'));
    expect(written?.args).toMatch(/^2, \d+, 3, \d+$/);
    expect(withoutColumns(after, outputs.values())).toEqual(withoutColumns(before, outputs.values()).map((r, i) => (i === 2 ? r.map((c, j) => (j === 9 ? 7 : c)) : r)));
  });

  it('does nothing on a sheet that was never scored, or when the edit is in its own columns', async () => {
    const { local, code } = await loadAddOn({ Plain: [['Objective', 'Key result', 'Start', 'Target', 'Current'], ['Grow', 'MRR', 0, 100, 40]] });
    local.resetCallLog();
    code.call('onEdit', { range: local.sheet('Plain').getRange('E2') });
    expect(local.calls.filter((c) => c.method === 'setValues' || c.method === 'getValues')).toEqual([]);

    const scored = await scoredDemo();
    const outputs = outputColumns(scored.local, 'Demo OKRs');
    const letter = String.fromCharCode(64 + outputs.get('score')!);
    scored.local.resetCallLog();
    scored.code.call('onEdit', { range: scored.local.sheet('Demo OKRs').getRange(`${letter}3`) });
    expect(scored.local.calls.filter((c) => c.method === 'setValues' || c.method === 'getValues')).toEqual([]);
  });

  it('never throws out of the trigger (a failure is logged)', async () => {
    const { local, code } = await scoredDemo();
    local.holdLockAsOtherUser('document');
    expect(() => code.call('onEdit', { range: local.sheet('Demo OKRs').getRange('J3') })).not.toThrow();
    expect(local.logs.length).toBeGreaterThan(0);
  });
});
