import { describe, expect, test } from 'vitest';
import { HISTORY_COLUMNS } from '../../shared/history-columns';
import { keyResultKey } from '../../shared/key-result-key';
import { parseConfidence } from '../../shared/parse-confidence';
import { readHistory } from '../../shared/read-history';
import { historyRow } from '../../shared/history-row';
import { checkInRow } from '../../shared/check-in-row';
import { replaceScoringDay } from '../../shared/replace-scoring-day';
import { keyResultTrend } from '../../shared/key-result-trend';
import { objectiveBurnUp } from '../../shared/objective-burn-up';
import { lowConfidenceProblem } from '../../shared/low-confidence-problem';
import { signedChange } from '../../shared/signed-change';
import type { Cell, CheckIn } from '../../shared/types';

const header: Cell[] = [...HISTORY_COLUMNS];

function entry(date: string, score: number | null, more: Partial<CheckIn> = {}): CheckIn {
  return { date, sheet: 'OKRs', key: 'k1', objective: 'Grow', keyResult: 'Reach 100', owner: null, current: null, score, status: 'green', confidence: null, note: '', by: '', ...more };
}

describe('history columns and keys', () => {
  test('exactly the twelve columns, in order', () => {
    expect(HISTORY_COLUMNS).toEqual(['Date', 'Sheet', 'Key', 'Objective', 'Key result', 'Owner', 'Current', 'Score', 'Status', 'Confidence', 'Note', 'By']);
  });

  test.each([
    ['k7f3q', 'Grow', 'Reach 100', 'k7f3q'],
    ['  k7f3q ', 'Grow', 'Reach 100', 'k7f3q'],
    [null, ' Grow  Revenue ', 'Reach 100\u00a0Users', 'grow revenue / reach 100 users'],
    ['', 'Grow', 'KR', 'grow / kr'],
    [undefined, '', '', ' / '],
  ])('keyResultKey(%j, %j, %j) = %j', (id, objective, kr, key) => {
    expect(keyResultKey(id, objective, kr)).toBe(key);
  });
});

describe('parseConfidence', () => {
  test.each<[Cell, number | null]>([
    [7, 0.7],
    [10, 1],
    [1, 0.1],
    [0, 0],
    [0.8, 0.8],
    ['8', 0.8],
    ['80%', 0.8],
    ['80 %', 0.8],
    ['100%', 1],
    ['0%', 0],
    ['7/10', 0.7],
    ['7 / 10', 0.7],
    ['On track', 0.8],
    ['at risk', 0.5],
    ['OFF TRACK', 0.2],
    ['high', 0.8],
    ['Medium', 0.5],
    ['low', 0.2],
    ['0,8', 0.8],
    [11, null],
    [-1, null],
    ['150%', null],
    ['maybe', null],
    ['', null],
    [null, null],
    [true, null],
    [new Date(0), null],
  ])('%j → %j', (cell, expected) => {
    const got = parseConfidence(cell);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 10);
  });
});

describe('readHistory', () => {
  test('reads text, serial and Date days, every field, and the tab row', () => {
    const values: Cell[][] = [
      header,
      ['2026-11-30', 'OKRs', 'k1', 'Grow', 'Reach 100', 'Ana', 40, 0.4, 'amber', 0.8, 'slow week', ''],
      [46356, 'OKRs', 'k1', 'Grow', 'Reach 100', '', '', '', 'Green', '7', '', 'ana@example.com'],
      [new Date('2026-11-29T11:00:00Z'), 'OKRs', '', 'Grow', 'Reach 100', '', 'n/a', 0.5, 'grey', '', '', ''],
      ['', '', '', '', '', '', '', '', '', '', '', ''],
    ];
    const { entries, problems } = readHistory(values, { timeZone: 'Pacific/Auckland' });
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { date: '2026-11-30', sheet: 'OKRs', key: 'k1', objective: 'Grow', keyResult: 'Reach 100', owner: 'Ana', current: 40, score: 0.4, status: 'amber', confidence: 0.8, note: 'slow week', by: '', row: 2 },
      { date: '2026-11-30', sheet: 'OKRs', key: 'k1', objective: 'Grow', keyResult: 'Reach 100', owner: null, current: null, score: null, status: 'green', confidence: 0.7, note: '', by: 'ana@example.com', row: 3 },
      { date: '2026-11-30', sheet: 'OKRs', key: 'grow / reach 100', objective: 'Grow', keyResult: 'Reach 100', owner: null, current: 'n/a', score: 0.5, status: 'grey', confidence: null, note: '', by: '', row: 4 },
    ]);
  });

  test('the Confidence column reads 1 as 100 % (a fraction), other numbers on the 1..10 scale', () => {
    const { entries } = readHistory([header, ['2026-11-30', 'S', 'k', '', 'KR', '', '', 1, 'green', 1, '', ''], ['2026-11-30', 'S', 'k', '', 'KR', '', '', 1, 'green', 6, '', '']]);
    expect(entries.map((e) => e.confidence)).toEqual([1, 0.6]);
  });

  test('rows that do not parse are problems naming row, column and value; readable parts are kept', () => {
    const values: Cell[][] = [
      header,
      ['last week', 'OKRs', 'k1', 'Grow', 'Reach 100', '', '', 0.4, 'green', '', '', ''],
      ['2026-11-30', 'OKRs', '', '', '', '', '', 0.4, 'green', '', '', ''],
      ['2026-11-30', 'OKRs', 'k2', 'Grow', 'B', '', '', 'lots', 'purple', 'dunno', '', ''],
    ];
    const { entries, problems } = readHistory(values);
    expect(problems.map((p) => [p.row, p.column, p.value, p.severity])).toEqual([
      [2, 'Date', 'last week', 'error'],
      [3, 'Key', null, 'error'],
      [4, 'Score', 'lots', 'warning'],
      [4, 'Status', 'purple', 'warning'],
      [4, 'Confidence', 'dunno', 'warning'],
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ key: 'k2', row: 4, score: null, status: 'grey', confidence: null });
  });

  test('no header row: data from row 1', () => {
    const { entries } = readHistory([historyRow(entry('2026-11-30', 0.3))]);
    expect(entries[0]!.row).toBe(1);
  });
});

describe('historyRow and checkInRow', () => {
  test('historyRow gives the twelve cells in order', () => {
    expect(historyRow(entry('2026-11-30', 0.4, { owner: 'Ana', current: 40, status: 'amber', confidence: 0.8, by: 'ana' }))).toEqual(['2026-11-30', 'OKRs', 'k1', 'Grow', 'Reach 100', 'Ana', 40, 0.4, 'amber', 0.8, '', 'ana']);
  });

  test('the same person the same day for the same KR is replaced; others append', () => {
    const entries = [entry('2026-11-30', 0.4, { row: 2 }), entry('2026-11-30', 0.4, { by: 'Ana@x.com', row: 3 }), entry('2026-11-29', 0.4, { by: 'ana@x.com', row: 4 })];
    expect(checkInRow(entries, { date: '2026-11-30', key: 'k1', by: 'ana@x.com', sheet: 'OKRs' })).toBe(3);
    expect(checkInRow(entries, { date: '2026-11-30', key: 'k1', by: 'bo@x.com', sheet: 'OKRs' })).toBeNull();
    expect(checkInRow(entries, { date: '2026-11-30', key: 'k2', by: 'ana@x.com', sheet: 'OKRs' })).toBeNull();
    expect(checkInRow(entries, { date: '2026-11-30', key: 'k1', by: 'ana@x.com', sheet: 'Other' })).toBeNull();
    expect(checkInRow(entries, { date: '2026-11-30', key: 'k1', by: '', sheet: 'OKRs' })).toBeNull();
  });
});

describe('replaceScoringDay', () => {
  test('a new tab gets the header and the rows', () => {
    const w = replaceScoringDay([], [], { sheet: 'OKRs', date: '2026-11-30' }, [entry('2026-11-30', 0.4)]);
    expect(w.start).toBe(0);
    expect(w.rows).toEqual([header, historyRow(entry('2026-11-30', 0.4))]);
    expect(w.entries.map((e) => e.row)).toEqual([2]);
  });

  test("today's scoring rows for the sheet are replaced in place; check-ins, other sheets and bad rows are kept", () => {
    const values: Cell[][] = [
      header,
      historyRow(entry('2026-11-29', 0.3)),
      historyRow(entry('2026-11-30', 0.4)),
      historyRow(entry('2026-11-30', 0.45, { by: 'ana' })),
      historyRow(entry('2026-11-30', 0.4, { sheet: 'Other' })),
      ['garbage', '', '', '', '', '', '', '', '', '', '', ''],
      historyRow(entry('2026-11-30', 0.4, { key: 'k2' })),
    ];
    const { entries } = readHistory(values);
    const w = replaceScoringDay(values, entries, { sheet: 'OKRs', date: '2026-11-30' }, [entry('2026-11-30', 0.5), entry('2026-11-30', 0.6, { key: 'k2' })]);
    expect(w.start).toBe(2);
    expect(w.rows).toEqual([historyRow(entry('2026-11-30', 0.5)), historyRow(entry('2026-11-30', 0.6, { key: 'k2' })), values[3], values[4], values[5]]);
    expect(w.clear).toBe(0);
    const after = [...values.slice(0, w.start), ...w.rows];
    expect(readHistory(after).entries).toEqual(w.entries.sort((a, b) => a.row! - b.row!));
  });

  test('fewer KRs than before: the rows left over are cleared', () => {
    const values: Cell[][] = [header, historyRow(entry('2026-11-30', 0.4)), historyRow(entry('2026-11-30', 0.4, { key: 'k2' }))];
    const w = replaceScoringDay(values, readHistory(values).entries, { sheet: 'OKRs', date: '2026-11-30' }, [entry('2026-11-30', 0.5)]);
    expect([w.start, w.rows.length, w.clear]).toEqual([1, 1, 1]);
  });
});

describe('keyResultTrend', () => {
  const weekly = [entry('2026-11-02', 0.1), entry('2026-11-09', 0.2), entry('2026-11-16', 0.25), entry('2026-11-23', 0.4), entry('2026-11-30', 0.52)];

  test('scores by day, since last week, last check-in', () => {
    const withCheckIn = [...weekly, entry('2026-11-30', 0.55, { by: 'ana', confidence: 0.7 })];
    const t = keyResultTrend(withCheckIn, '2026-11-30');
    expect(t.points.map((p) => p.score)).toEqual([0.1, 0.2, 0.25, 0.4, 0.55]);
    expect(t.since).toBeCloseTo(0.15, 10);
    expect(t.sinceDate).toBe('2026-11-23');
    expect(t.lastCheckIn?.by).toBe('ana');
    expect(t.confidence).toBe(0.7);
    expect(t.stalled).toBe(false);
  });

  test('since needs a check-in at least 6 days before; rows after as-of are ignored', () => {
    expect(keyResultTrend([entry('2026-11-26', 0.2), entry('2026-11-30', 0.3)], '2026-11-30').since).toBeNull();
    expect(keyResultTrend([entry('2026-11-24', 0.2), entry('2026-11-30', 0.3)], '2026-11-30').since).toBeCloseTo(0.1, 10);
    expect(keyResultTrend(weekly, '2026-11-20').score).toBe(0.25);
  });

  test('stalled: no change for 14 days while the period runs, not when complete or the period is over', () => {
    const flat = [entry('2026-11-01', 0.3), entry('2026-11-10', 0.3), entry('2026-11-20', 0.3), entry('2026-11-30', 0.3)];
    expect(keyResultTrend(flat, '2026-11-30', { start: '2026-10-01', end: '2027-01-01' }).stalled).toBe(true);
    expect(keyResultTrend(flat, '2026-11-30', { start: '2026-07-01', end: '2026-10-01' }).stalled).toBe(false);
    expect(keyResultTrend(flat.slice(2), '2026-11-30').stalled).toBe(false);
    expect(keyResultTrend(flat.map((e) => ({ ...e, score: 1 })), '2026-11-30').stalled).toBe(false);
    expect(keyResultTrend([...flat.slice(0, 3), entry('2026-11-30', 0.31)], '2026-11-30').stalled).toBe(false);
  });
});

describe('objectiveBurnUp', () => {
  test('weighted mean by day with scores carried forward, against the green bar line', () => {
    const b = objectiveBurnUp(
      [
        { weight: 1, points: [{ date: '2026-10-05', score: 0.2 }, { date: '2026-10-19', score: 0.4 }] },
        { weight: 3, points: [{ date: '2026-10-12', score: 0.6 }] },
      ],
      { asOf: '2026-11-16', periodStart: '2026-10-01', periodEnd: '2027-01-01', commitment: 'aspirational' },
    );
    expect(b.points).toEqual([
      { date: '2026-10-05', score: 0.2 },
      { date: '2026-10-12', score: 0.5 },
      { date: '2026-10-19', score: 0.55 },
    ]);
    expect(b.expected).toEqual([{ date: '2026-10-01', value: 0 }, { date: '2027-01-01', value: 0.7 }]);
    expect(b.expectedNow).toBeCloseTo((0.7 * 46) / 92, 10);
  });

  test('committed bar and no period', () => {
    const b = objectiveBurnUp([{ points: [{ date: '2026-10-05', score: 0.2 }] }], { asOf: '2026-11-16', commitment: 'committed' });
    expect(b.expected).toEqual([{ date: '2026-10-05', value: 1 }, { date: '2026-11-16', value: 1 }]);
  });
});

describe('lowConfidenceProblem and signedChange', () => {
  test('green with confidence below 0.5 is a warning; amber or confident is not', () => {
    expect(lowConfidenceProblem({ row: 4, title: 'KR', status: 'green' }, 0.3, 'Confidence')).toMatchObject({ row: 4, column: 'Confidence', value: '30%', severity: 'warning' });
    expect(lowConfidenceProblem({ row: 4, title: 'KR', status: 'green' }, 0.5, 'Confidence')).toBeNull();
    expect(lowConfidenceProblem({ row: 4, title: 'KR', status: 'amber' }, 0.2, 'Confidence')).toBeNull();
    expect(lowConfidenceProblem({ row: 4, title: 'KR', status: 'green' }, null, 'Confidence')).toBeNull();
  });

  test.each<[number | null, string]>([
    [0.12, '+0.12'],
    [-0.05, '\u22120.05'],
    [0, '±0.00'],
    [0.001, '±0.00'],
    [null, ''],
  ])('signedChange(%j) = %j', (n, text) => expect(signedChange(n)).toBe(text));
});

describe('readSheet: key and confidence', () => {
  test('a Scorecard id column gives the key, else objective / KR; a green KR with low confidence is a warning', async () => {
    const { readSheet } = await import('../../shared/read-sheet');
    const report = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Target', 'Current', 'Confidence', 'Scorecard id'],
        ['Grow', 'Reach 100 users', 'Ana', 100, 95, '3', 'k1'],
        ['Grow', 'Ship  v2', 'Bo', 100, 95, 'on track', ''],
        ['Grow', 'Hire', 'Cy', 100, 10, '2', 'k3'],
      ],
      { asOf: '2026-08-15' },
    );
    const krs = report.objectives[0]!.keyResults;
    expect(krs.map((k) => k.key)).toEqual(['k1', 'grow / ship v2', 'k3']);
    expect(krs.map((k) => k.confidence)).toEqual([0.3, 0.8, 0.2]);
    const low = report.problems.filter((p) => p.column === 'Confidence');
    expect(low.map((p) => [p.row, p.value, p.severity])).toEqual([[2, '3', 'warning']]);
    expect(report.columns.scorecardId).toBe(6);
  });
});
