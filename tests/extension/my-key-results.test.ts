import { describe, expect, test } from 'vitest';
import type { Cell } from '../../shared/types';
import { readSheet } from '../../shared/read-sheet';
import { myKeyResults } from '../../shared/my-key-results';

const header = ['Objective', 'Key result', 'Owner', 'Period', 'Start', 'Target', 'Current'];
const rows: Cell[][] = [
  header,
  ['Grow', 'Raise A from 1 to 10', 'ana@example.com', 'Q3 2026', 1, 10, 5],
  ['', 'Raise B from 1 to 10', 'Ben', 'Q3 2026', 1, 10, 5],
  ['', 'Raise C from 1 to 10', 'Ben, Ana Pereira', 'Q3 2026', 1, 10, 5],
  ['Delight', 'Raise D from 1 to 10', 'ana@example.com', 'Q4 2026', 1, 10, 5],
  ['Scale', 'Raise E from 1 to 10', 'Chloe', 'Q3 2026', 1, 10, 5],
];
const rowsOf = (groups: ReturnType<typeof myKeyResults>) => groups.map((g) => [g.objective.title, g.keyResults.map((k) => k.row)]);

describe('myKeyResults', () => {
  const report = readSheet(rows, { asOf: '2026-08-15' });

  test('my KRs of the current period, grouped by objective in sheet order', () => {
    expect(rowsOf(myKeyResults(report, ['ana@example.com', 'Ana Pereira'], '2026-08-15'))).toEqual([['Grow', [2, 4]]]);
  });

  test('matching ignores case and reads several owners in one cell', () => {
    expect(rowsOf(myKeyResults(report, ['ANA PEREIRA'], '2026-08-15'))).toEqual([['Grow', [4]]]);
  });

  test('null identities: the whole team', () => {
    expect(rowsOf(myKeyResults(report, null, '2026-08-15'))).toEqual([['Grow', [2, 3, 4]], ['Scale', [6]]]);
  });

  test('the as-of date picks the period; a Date works too', () => {
    expect(rowsOf(myKeyResults(report, ['ana@example.com'], new Date('2026-11-02T10:00:00Z')))).toEqual([['Delight', [5]]]);
  });

  test('between periods: the latest one already started; before all: the first to come', () => {
    const q3only = readSheet(rows.filter((r) => r[3] !== 'Q4 2026'), { asOf: '2026-08-15' });
    expect(rowsOf(myKeyResults(q3only, ['ana@example.com'], '2026-12-01'))).toEqual([['Grow', [2]]]);
    expect(rowsOf(myKeyResults(report, ['ana@example.com'], '2026-01-10'))).toEqual([['Grow', [2]]]);
  });

  test('KRs with no period are always kept', () => {
    const plain = readSheet([['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current'], ['Grow', 'Raise A from 1 to 10', 'Ana', 1, 10, 5]], { asOf: '2026-08-15' });
    expect(rowsOf(myKeyResults(plain, ['ana'], '2030-01-01'))).toEqual([['Grow', [2]]]);
  });

  test('no identities and nobody matching: nothing', () => {
    expect(myKeyResults(report, [], '2026-08-15')).toEqual([]);
    expect(myKeyResults(report, ['zed@example.com'], '2026-08-15')).toEqual([]);
  });
});
