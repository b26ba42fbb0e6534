import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../shared/types';
import { loadAddOn, otherFormulas, outputColumns, settingsWithAsOf, withoutColumns } from './addon-harness';

const HEADERS = ['Objective', 'Key result', 'Owner', 'Team', 'Start', 'Target', 'Current', 'Status', 'Score', 'Due', 'Period', 'Type', 'Weight', 'KPI', 'Actual', 'Direction', 'Notes', 'Unit', ''];

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(''),
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ min: -2, max: 2, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('65%', '75 %', '+10%', '70-80%', 'done', 'Shipped', 'TBD', 'N/A', '$1,200', '1.234,5', 'Q3 2026', '2026-09-30', 'Committed', 'aspirational', 'lower', 'green', 'Total', 'O1: Grow', 'KR1.2', '<b>x</b>'),
  fc.string({ maxLength: 12 }).filter((s) => !s.startsWith('=')),
  fc.boolean(),
  fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }),
);

const sheet: fc.Arbitrary<Cell[][]> = fc
  .tuple(fc.uniqueArray(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 9 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 25 }))
  .chain(([headers, titleRows, rows]) =>
    fc.tuple(
      fc.array(fc.array(cell, { minLength: headers.length, maxLength: headers.length }), { minLength: titleRows, maxLength: titleRows }),
      fc.array(fc.array(cell, { minLength: headers.length, maxLength: headers.length }), { minLength: rows, maxLength: rows }),
    ).map(([above, body]) => [...above, headers as Cell[], ...body]),
  );

describe('Score this sheet on random sheets', () => {
  let scored = 0;
  it('changes no cell outside its own output columns, and scoring twice equals scoring once', async () => {
    await fc.assert(
      fc.asyncProperty(sheet, async (grid) => {
        const { local, code } = await loadAddOn({ Data: grid, 'Scorecard settings': settingsWithAsOf('2026-08-15') });
        const before = local.values('Data');
        const beforeSettings = local.values('Scorecard settings');
        code.call('scoreThisSheet');
        const outputs = outputColumns(local, 'Data');
        if (outputs.size) scored++;
        const once = local.values('Data');
        // Outside the add-on's columns: identical.
        expect(withoutColumns(once, outputs.values())).toEqual(before);
        expect(local.values('Scorecard settings')).toEqual(beforeSettings);
        expect(otherFormulas(local, 'Data')).toEqual([]);
        const rules = local.sheetInfo('Data').rules;
        const meta = local.metadata();
        const summary = local.sheetNames().includes('Scorecard summary') ? local.values('Scorecard summary') : null;
        code.call('scoreThisSheet');
        expect(local.values('Data')).toEqual(once);
        expect(local.sheetInfo('Data').rules).toEqual(rules);
        expect(local.metadata()).toEqual(meta);
        if (summary) expect(local.values('Scorecard summary')).toEqual(summary);
      }),
      { numRuns: 60, seed: 20261125 },
    );
    // The generator must reach the interesting case: sheets the add-on scores (not only ones it refuses).
    expect(scored).toBeGreaterThan(10);
  });
});
