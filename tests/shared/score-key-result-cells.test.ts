import { describe, expect, test } from 'vitest';
import { scoreKeyResultCells } from '../../shared/score-key-result-cells';

describe('scoreKeyResultCells: kinds and scores (docs/scoring.md, "Key result kinds" and "Key result scores")', () => {
  test.each([
    // [start, target, current, kind, progress, score]
    ['65%', '75%', '71%', 'increase', 0.6, 0.6],
    [12, 7, 9.5, 'decrease', 0.5, 0.5],
    ['$250,000', '$200k', '$231.5k', 'decrease', 0.37, 0.37],
    [0, 10, 12, 'increase', 1.2, 1],
    [10, 20, 5, 'increase', -0.5, 0],
    [100, 50, 120, 'decrease', -0.4, 0],
    ['', 200, 50, 'increase', 0.25, 0.25],
    // percent points: any % among them puts bare numbers above 1 on the percent scale
    ['65%', 75, 71, 'increase', 0.6, 0.6],
    [65, 75, '71 %', 'increase', 0.6, 0.6],
    // relative targets
    ['1,200', '+10%', '1,254', 'increase', 0.45, 0.45],
    [20, '-5', 18, 'decrease', 0.4, 0.4],
    [100, 'x2', 150, 'increase', 0.5, 0.5],
    [100, '-10%', 95, 'decrease', 0.5, 0.5],
  ] as const)('%s → %s, current %s: %s, progress %s', (start, target, current, kind, progress, score) => {
    const r = scoreKeyResultCells({ start, target, current });
    expect(r.error).toBeNull();
    expect(r.kind).toBe(kind);
    expect(r.progress).toBeCloseTo(progress, 10);
    expect(r.score).toBeCloseTo(score, 10);
  });

  test('unit % puts bare numbers on the percent scale', () => {
    const r = scoreKeyResultCells({ start: 65, target: 75, current: 71, unit: '%' });
    expect([r.start, r.target, r.current]).toEqual([0.65, 0.75, 0.71]);
    expect(r.score).toBeCloseTo(0.6);
  });

  test('relative target resolves against the start', () => {
    expect(scoreKeyResultCells({ start: '1,200', target: '+10%', current: '' }).target).toBeCloseTo(1320);
    expect(scoreKeyResultCells({ start: 20, target: '-5', current: '' }).target).toBe(15);
    expect(scoreKeyResultCells({ start: 100, target: 'x2', current: '' }).target).toBe(200);
  });

  test.each([
    // [target, current, low, high, score]
    ['70-80%', '83 %', 0.7, 0.8, 0.7],
    ['70–80%', '75%', 0.7, 0.8, 1],
    ['70 to 80', 70, 70, 80, 1],
    ['between 70 and 80', 80, 70, 80, 1],
    ['70-80%', '50%', 0.7, 0.8, 0],
    ['>= 80%', '76%', 0.8, null, 0.5],
    ['≥ 80%', '90%', 0.8, null, 1],
    ['<= 2%', '2.1%', null, 0.02, 0.5],
    ['<= 0', 0.5, null, 0, 0.5],
  ] as const)('threshold %s, current %s', (target, current, low, high, score) => {
    const r = scoreKeyResultCells({ start: '', target, current });
    expect(r.kind).toBe('threshold');
    if (low === null) expect(r.low).toBeNull();
    else expect(r.low).toBeCloseTo(low);
    if (high === null) expect(r.high).toBeNull();
    else expect(r.high).toBeCloseTo(high);
    expect(r.score).toBeCloseTo(score, 10);
  });

  test.each([
    // [target, current, due, score, done, late]
    ['Shipped', 'Shipped', '', 1, true, false],
    ['done', 'yes', '', 1, true, false],
    ['Launched', true, '', 1, true, false],
    ['Shipped', 'in review', '', 0, false, false],
    ['Shipped', '40%', '', 0.4, false, false],
    ['Shipped', 0.4, '', 0.4, false, false],
    ['Shipped', '100%', '', 1, true, false],
    ['Shipped', 1, '', 1, true, false],
    ['2026-09-30', '2026-09-15', '', 1, true, false],
    ['2026-09-30', '2026-10-05', '', 1, true, true],
    ['Done', '2026-10-05', '2026-09-30', 1, true, true],
    ['Done', false, '', 0, false, false],
  ] as const)('milestone %s, current %s → %s', (target, current, due, score, done, late) => {
    const r = scoreKeyResultCells({ start: '', target, current, due });
    expect(r.kind).toBe('milestone');
    expect(r.score).toBeCloseTo(score, 10);
    expect(r.done).toBe(done);
    expect(r.late).toBe(late);
  });

  test('a milestone target date is its due date', () => {
    expect(scoreKeyResultCells({ start: '', target: '11/30/2026', current: '' }).due).toBe('2026-11-30');
  });

  test.each([
    [{ start: '', target: 'TBD', current: '' }, null],
    [{ start: '', target: 'baseline', current: '4%' }, 0.04],
    [{ start: '', target: '', current: '', title: 'Establish a baseline for monthly logo churn' }, null],
  ])('baseline %j', (cells, current) => {
    const r = scoreKeyResultCells(cells);
    expect(r.kind).toBe('baseline');
    expect(r.score).toBeNull();
    expect(r.current).toBe(current);
    expect(r.note).toBe(current === null ? null : 'baseline set');
  });

  test('no current value: no score', () => {
    const r = scoreKeyResultCells({ start: 10, target: 20, current: '' });
    expect(r.score).toBeNull();
    expect(r.error).toBeNull();
  });

  test('an explicit kind wins over inference', () => {
    expect(scoreKeyResultCells({ start: '', target: 80, current: 85, kind: 'threshold' }).kind).toBe('threshold');
    expect(scoreKeyResultCells({ start: 0, target: 1, current: 0, kind: 'Binary' }).kind).toBe('milestone');
    const unknown = scoreKeyResultCells({ start: 0, target: 10, current: 5, kind: 'weird' });
    expect(unknown.unknownKind).toBe(true);
    expect(unknown.kind).toBe('increase');
  });

  test.each([
    [{ start: '', target: 'abc', current: 5 }, 'target', 'abc', /is not a number or a date/],
    [{ start: 'n/a?', target: 10, current: 5 }, 'start', 'n/a?', /is not a number/],
    [{ start: 0, target: 10, current: 'lots' }, 'current', 'lots', /is not a number/],
    [{ start: '', target: '+10%', current: 5 }, 'target', '+10%', /Start is empty/],
    [{ start: 10, target: 10, current: 5 }, 'target', '10', /equals the start/],
  ] as const)('error %j', (cells, column, value, message) => {
    const r = scoreKeyResultCells(cells);
    expect(r.error?.column).toBe(column);
    expect(r.error?.value).toBe(value);
    expect(r.error?.message).toMatch(message);
    expect(r.score).toBeNull();
  });

  test('a milestone state that is not understood scores 0 (docs/scoring.md, "Key result scores": otherwise 0) with a warning', () => {
    const r = scoreKeyResultCells({ start: '', target: 'Shipped', current: 'someday' });
    expect(r.error).toBeNull();
    expect(r.score).toBe(0);
    expect(r.warning?.column).toBe('current');
    expect(r.warning?.value).toBe('someday');
    expect(r.warning?.message).toMatch(/not a milestone state/);
  });

  test('decimal comma per column', () => {
    const r = scoreKeyResultCells({ start: '1,5', target: '3,5', current: '2,5' }, { decimals: { start: ',', target: ',', current: ',' } });
    expect(r.score).toBeCloseTo(0.5);
  });
});
