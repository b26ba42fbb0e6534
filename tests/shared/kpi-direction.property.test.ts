import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readSheet } from '../../shared/read-sheet';
import type { Cell } from '../../shared/types';

const asOf = '2026-11-15';
/** KPI names: a few with lower-is-better words, a few without, and arbitrary text. */
const name = fc.oneof(
  fc.constantFrom('Revenue', 'Churn', 'Days to close', 'Cash runway (days)', 'Error rate', 'Cost per lead', 'NPS', 'Open bugs', 'Water loss', 'Backlog', 'Cost savings'),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const number = fc.integer({ min: -1000, max: 1000 });
const maybeNumber: fc.Arbitrary<Cell> = fc.oneof(number, fc.constant(''));
const direction: fc.Arbitrary<Cell> = fc.constantFrom('', 'higher', 'lower', 'down_is_good', 'sideways', '↓');

describe('KPI direction properties', () => {
  test('every KPI with directionGuessed has a warning on its row (wide, long and plain layouts)', () => {
    const plain = fc.array(fc.tuple(name, maybeNumber, maybeNumber, direction), { minLength: 1, maxLength: 8 }).map((rows) => [['KPI', 'Target', 'Actual', 'Direction'], ...rows] as Cell[][]);
    const long = fc
      .array(fc.tuple(name, fc.constantFrom('Jan', 'Feb', 'Mar', 'Sprint 1', ''), maybeNumber, maybeNumber), { minLength: 1, maxLength: 10 })
      .map((rows) => [['KPI', 'Month', 'Target', 'Actual'], ...rows] as Cell[][]);
    const wide = fc.array(fc.tuple(name, maybeNumber, maybeNumber, maybeNumber), { minLength: 1, maxLength: 8 }).map((rows) => [['KPI', 'Target', 'Jan', 'Feb'], ...rows] as Cell[][]);
    fc.assert(
      fc.property(fc.oneof(plain, long, wide), (values) => {
        const r = readSheet(values, { asOf });
        for (const k of r.kpis) {
          if (!k.directionGuessed) continue;
          expect(k.direction).toBe('lower');
          expect(r.problems.some((p) => p.row === k.row && p.severity === 'warning' && p.message.includes('direction guessed'))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('a KPI whose start is above its target is never green while its actual is above target + tolerance', () => {
    fc.assert(
      fc.property(name, number, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 2000 }), fc.constantFrom('Baseline', 'Start'), (kpi, target, above, excess, startHeader) => {
        const start = target + above;
        const tolerance = target === 0 ? 0.1 : 0.1 * Math.abs(target);
        const actual = target + tolerance + 0.5 + excess;
        const r = readSheet([['KPI', startHeader, 'Target', 'Actual'], [kpi, start, target, actual]], { asOf });
        fc.pre(r.kpis.length === 1); // a blank or `Total` name is no KPI row
        expect(r.kpis[0]!.direction).toBe('lower');
        expect(r.kpis[0]!.status).not.toBe('green');
        expect(r.kpis[0]!.status).toBe('red');
      }),
      { numRuns: 300 },
    );
  });

  test('a KPI that misses its stated target is never green, whatever its name', () => {
    fc.assert(
      fc.property(name, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 500 }), fc.constantFrom('higher', 'lower'), (kpi, target, miss, dir) => {
        const actual = dir === 'higher' ? target - miss : target + miss;
        const r = readSheet([['KPI', 'Target', 'Actual', 'Direction'], [kpi, target, actual, dir]], { asOf });
        fc.pre(r.kpis.length === 1);
        expect(r.kpis[0]!.status).not.toBe('green');
      }),
      { numRuns: 200 },
    );
  });
});
