import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readSheet } from '../../shared/read-sheet';
import { scoreKeyResultCells } from '../../shared/score-key-result-cells';
import type { Cell } from '../../shared/types';

/** Cells of OKR-tool exports and hand-written sheets: notes, placeholder words, relative words, arrows, markup, parents. */
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '', 'Objective', 'Key result', 'Deliverable', 'Initiative', 'Task', 'Aspirational Goal', 'Committed goal', 'Q3 2026',
    '90 (31.5% of 286)', '38% (beta)', '~40', 'approx. 40', '40*', 'Pending', 'no target', '?', 'n/a', '—',
    '50% reduction', 'reduce by 20%', 'cut 20%', 'double', 'halve', '2x', '+10%',
    'GM% ↑ from 22.4 % → 26 %', '12 -> 7 days', '$1.9M → $0.5M', 'Reduce churn to 2%', '**Boost sales**', '_x_',
    'Drive expansion (weight: 14%, Id: 1)', 'Grow(Id: 2)', '1', '2', '3',
  ),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 200 }),
  fc.boolean(),
  fc.constant(null),
);
const header: Cell[] = ['Id', 'Title', 'Owner', 'Period', 'Aligned To', 'Metric Name', 'Unit', 'Target', 'Object Type', 'Goal Type', 'Start', 'Progress %', 'Status'];

describe('OKR-tool export properties', () => {
  test('never throws; every objective and KR score is in [0, 1] or null; every problem names a row', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 13 }), { maxLength: 14 }), (rows) => {
        const r = readSheet([header, ...rows], { asOf: '2026-08-15' });
        for (const o of r.objectives) {
          expect(o.score === null || (o.score >= 0 && o.score <= 1)).toBe(true);
          for (const k of o.keyResults) expect(k.score === null || (k.score >= 0 && k.score <= 1)).toBe(true);
        }
        for (const p of r.problems) expect(p.row).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  test('with Progress % (a 0–100 column), a KR score never decreases as its progress grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 50 }), (start, target, progress, step) => {
        fc.pre(start !== target);
        const a = scoreKeyResultCells({ start, target, current: progress }, { currentIsPercentComplete: true, percentCompletePoints: true });
        const b = scoreKeyResultCells({ start, target, current: progress + step }, { currentIsPercentComplete: true, percentCompletePoints: true });
        expect(b.score!).toBeGreaterThanOrEqual(a.score!);
      }),
    );
  });

  test('a relative target in words: the score never decreases as current moves toward the resolved target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom('50% reduction', 'reduce by 20%', 'cut 20%', '20% increase', 'double', 'halve', '2x', 'increase by 5'),
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: 0, max: 500 }),
        (start, target, current, step) => {
          const a = scoreKeyResultCells({ start, target, current });
          const toward = a.target! > start ? current + step : current - step;
          const b = scoreKeyResultCells({ start, target, current: toward });
          expect(a.error).toBeNull();
          expect(b.score!).toBeGreaterThanOrEqual(a.score!);
        },
      ),
    );
  });
});
