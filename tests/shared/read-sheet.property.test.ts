import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readSheet } from '../../shared/read-sheet';
import { scoreKeyResultCells } from '../../shared/score-key-result-cells';
import type { Cell } from '../../shared/types';

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.constantFrom('', 'Objective', 'Key result', 'Owner', 'Target', 'Current', 'Start', 'Due', 'Type', 'KPI', 'Actual', 'Total', '70-80%', '+10%', 'x2', 'done', 'TBD', 'Q3 2026', '1.234,5', '(1,234.50)', '−12', '45 days', 'Nov 30', '#DIV/0!'),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
);
const grid = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 });
const header: Cell[] = ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current', 'Due', 'Type', 'Weight'];

describe('readSheet properties', () => {
  test('never throws, and every score is in [0, 1] or null', () => {
    fc.assert(
      fc.property(grid, fc.boolean(), (rows, withHeader) => {
        const r = readSheet(withHeader ? [header, ...rows] : rows, { asOf: '2026-08-15' });
        for (const o of r.objectives) {
          expect(o.score === null || (o.score >= 0 && o.score <= 1)).toBe(true);
          for (const k of o.keyResults) expect(k.score === null || (k.score >= 0 && k.score <= 1)).toBe(true);
        }
        for (const p of r.problems) expect(p.row).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });

  test("a KR's score never decreases as its current value moves toward its target", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: 0, max: 500 }),
        (start, target, current, step) => {
          fc.pre(start !== target);
          const toward = target > start ? current + step : current - step;
          const a = scoreKeyResultCells({ start, target, current });
          const b = scoreKeyResultCells({ start, target, current: toward });
          expect(b.score!).toBeGreaterThanOrEqual(a.score!);
        },
      ),
    );
  });

  test('threshold scores never decrease as current moves toward the band', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: -200, max: 300 }), fc.integer({ min: 0, max: 50 }), (lo, w, current, step) => {
        const hi = lo + w;
        const toward = current < lo ? Math.min(lo, current + step) : current > hi ? Math.max(hi, current - step) : current;
        const a = scoreKeyResultCells({ start: '', target: `${lo}-${hi}`, current });
        const b = scoreKeyResultCells({ start: '', target: `${lo}-${hi}`, current: toward });
        expect(b.score!).toBeGreaterThanOrEqual(a.score!);
        expect(a.score! >= 0 && a.score! <= 1).toBe(true);
      }),
    );
  });
});
