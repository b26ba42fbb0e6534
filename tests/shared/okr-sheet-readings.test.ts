import { describe, expect, test } from 'vitest';
import { readSheet } from '../../shared/read-sheet';
import { stripMarkup } from '../../shared/strip-markup';
import type { Cell } from '../../shared/types';

const HEAD = ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current', 'Period'];
const read = (rows: Cell[][]) => readSheet([HEAD, ...rows], { asOf: '2026-08-15' });
const krs = (rows: Cell[][]) => read(rows).objectives.flatMap((o) => o.keyResults);

describe('markup is not text (docs/scoring.md, "Reading values")', () => {
  test.each([
    ['**Boost sales**', 'Boost sales'],
    ['__Boost sales__', 'Boost sales'],
    ['*Boost* sales', 'Boost sales'],
    ['_Boost_ sales', 'Boost sales'],
    ['Cut `p95` latency', 'Cut p95 latency'],
    ['**Raise** _NPS_ to **50**', 'Raise NPS to 50'],
    ['user_id_count stays', 'user_id_count stays'],
    ['40* deals', '40* deals'],
    ['2*3*4', '2*3*4'],
    ['a * b * c', 'a * b * c'],
    ['plain', 'plain'],
  ])('stripMarkup(%s) → %s', (written, text) => {
    expect(stripMarkup(written)).toBe(text);
  });

  test('objective and key result titles lose their markup; the same objective written plain and bold is one', () => {
    const r = read([
      ['**Boost sales**', '_Raise_ leads from 100 to 200', 'ana', 100, 200, 150, 'Q3 2026'],
      ['Boost sales', 'Cut `CAC` from 500 to 400', 'ana', 500, 400, 450, 'Q3 2026'],
    ]);
    expect(r.objectives.map((o) => [o.title, o.keyResults.map((k) => k.title)])).toEqual([['Boost sales', ['Raise leads from 100 to 200', 'Cut CAC from 500 to 400']]]);
  });
});

describe('the issue\'s value cases, read by readSheet', () => {
  test('90 (31.5% of 286) and 38% (beta) are numbers with notes, not errors', () => {
    const r = read([
      ['Grow', 'Active teams from 50 to 150', 'ana', 50, 150, '90 (31.5% of 286)', 'Q3 2026'],
      ['', 'Beta adoption from 30% to 50%', 'ana', '30%', '50%', '38% (beta)', 'Q3 2026'],
    ]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const [teams, beta] = r.objectives[0]!.keyResults;
    expect(teams).toMatchObject({ current: 90, currentNote: '31.5% of 286', score: 0.4 });
    expect(beta).toMatchObject({ current: 0.38, currentNote: 'beta' });
    expect(beta!.score).toBeCloseTo(0.4, 10);
  });

  test('Pending and No target are blanks: grey, no error', () => {
    const r = read([
      ['Grow', 'Leads from 100 to 200', 'ana', 100, 200, 'Pending', 'Q3 2026'],
      ['', 'Partner deals', 'ana', 2, 'No target', 3, 'Q3 2026'],
    ]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.objectives[0]!.keyResults.map((k) => [k.score, k.status])).toEqual([
      [null, 'grey'],
      [null, 'grey'],
    ]);
  });

  test('50% reduction from 40: target 20, the actual 30 stays 30, half way', () => {
    const [kr] = krs([['Quality', 'Halve open P1 bugs', 'ana', 40, '50% reduction', 30, 'Q3 2026']]);
    expect(kr).toMatchObject({ kind: 'decrease', start: 40, target: 20, current: 30, score: 0.5 });
  });

  test('50% reduction with no start: an error on that row, naming the Target column', () => {
    const r = read([['Quality', 'Halve open P1 bugs', 'ana', '', '50% reduction', 30, 'Q3 2026']]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.column, p.value])).toEqual([[2, 'Target', '50% reduction']]);
    expect(r.objectives[0]!.keyResults[0]!.score).toBeNull();
  });

  test('GM% ↑ from 22.4 % → 26 % with empty Start and Target columns is scored from its text', () => {
    const [kr] = krs([['Margin', 'GM% ↑ from 22.4 % → 26 %', 'ana', '', '', '24.2 %', 'Q3 2026']]);
    expect(kr!.kind).toBe('increase');
    expect(kr!.start).toBeCloseTo(0.224, 10);
    expect(kr!.target).toBeCloseTo(0.26, 10);
    expect(kr!.score).toBeCloseTo(0.5, 10);
    expect(kr!.status).toBe('green');
  });

  test('Reduce churn to 2% with no start is never green from 0: unscored with a problem on Start', () => {
    const r = read([['Retain', 'Reduce churn to 2%', 'ana', '', '2%', '3%', 'Q3 2026']]);
    expect(r.objectives[0]!.keyResults[0]).toMatchObject({ score: null, status: 'grey' });
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.column])).toEqual([[2, 'Start']]);
  });
});
