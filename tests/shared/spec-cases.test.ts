/**
 * docs/scoring.md, section by section and case by case, through the public API only. Every expected value below was
 * worked out by hand from docs/scoring.md (the arithmetic is in the comments), not read back from the engine.
 *
 * Q3 2026 = 2026-07-01 (inclusive) .. 2026-10-01 (exclusive) = 31 + 31 + 30 = 92 days.
 * asOf 2026-08-16 → 46 days elapsed → t = 46/92 = 0.5.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  keyResultStatus,
  parseDate,
  parseNumber,
  readPastedTable,
  readSettings,
  readSheet,
  scoreKeyResultCells,
  scoreKpiCells,
} from '../../shared/index';
import type { Cell, KeyResultResult, SheetReport } from '../../shared/index';

/** Sheets serial number of a date (days since 1899-12-30), computed independently of the engine. */
function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

const close = (x: number | null | undefined, y: number) => {
  expect(x).not.toBeNull();
  expect(x).toBeCloseTo(y, 9);
};

const HEAD: Cell[] = ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current', 'Period'];

function krs(report: SheetReport): KeyResultResult[] {
  return report.objectives.flatMap((o) => o.keyResults);
}

// ───────────────────────────── Section 2: KR kinds ─────────────────────────────
describe('Key result kinds: KR kind inference and order', () => {
  test.each<[string, Cell, Cell, Cell, string]>([
    // [case, start, target, current, kind]
    ['target is a date (ISO text)', '', '2026-11-30', '', 'milestone'],
    ['target is a date (Date cell)', '', new Date(Date.UTC(2026, 10, 30)), '', 'milestone'],
    ['target is a done-word: done', '', 'done', '', 'milestone'],
    ['target is a done-word: yes', '', 'yes', '', 'milestone'],
    ['target is a done-word: Shipped', '', 'Shipped', '', 'milestone'],
    ['target is a done-word: launched', '', 'launched', '', 'milestone'],
    ['target is a done-word: complete', '', 'complete', '', 'milestone'],
    ['target baseline', '', 'baseline', '', 'baseline'],
    ['target TBD', '', 'TBD', '', 'baseline'],
    ['target tbd even with a start', 10, 'tbd', '', 'baseline'],
    ['range lo-hi', '', '70-80', '', 'threshold'],
    ['range lo–hi (en dash)', '', '70–80', '', 'threshold'],
    ['range lo to hi', '', '70 to 80', '', 'threshold'],
    ['range between lo and hi', '', 'between 70 and 80', '', 'threshold'],
    ['one-sided >= lo', '', '>= 80', '', 'threshold'],
    ['one-sided <= hi', '', '<= 20', '', 'threshold'],
    ['range even when a start is given (threshold before decrease)', 90, '70-80', '', 'threshold'],
    ['target < start', 12, 7, '', 'decrease'],
    ['target > start', 65, 75, '', 'increase'],
    ['relative +10% is an increase', 100, '+10%', '', 'increase'],
    ['relative -5 is a decrease', 20, '-5', '', 'decrease'],
  ])('%s', (_case, start, target, current, kind) => {
    expect(scoreKeyResultCells({ start, target, current }).kind).toBe(kind);
  });

  test('no target and the KR text asks for a baseline → baseline', () => {
    const r = readSheet(
      [HEAD, ['Know attrition', 'Establish a baseline for monthly attrition', 'ana', '', '', '', 'Q3 2026']],
      { asOf: '2026-08-16' },
    );
    expect(krs(r)[0]).toMatchObject({ kind: 'baseline', score: null, status: 'grey' });
  });

  test('a Kind column states the kind (overrides inference)', () => {
    // Target 80 > start 60 would infer increase; the Kind column says threshold: >= 80 band.
    const s = scoreKeyResultCells({ start: 60, target: 80, current: 76, kind: 'threshold' });
    expect(s.kind).toBe('threshold');
    // one-sided >= 80, w = 80 × 0.1 = 8, d = 4 → 1 − 4/8 = 0.5
    close(s.score, 0.5);
  });
});

describe('Key result kinds: relative targets', () => {
  test('+10% means start × 1.10', () => {
    // target = 200 × 1.1 = 220; progress = (210 − 200) / (220 − 200) = 0.5
    const s = scoreKeyResultCells({ start: 200, target: '+10%', current: 210 });
    close(s.target, 220);
    close(s.progress, 0.5);
    close(s.score, 0.5);
  });
  test('-5 means start − 5', () => {
    // target = 20 − 5 = 15; progress = (17 − 20) / (15 − 20) = 0.6
    const s = scoreKeyResultCells({ start: 20, target: '-5', current: 17 });
    close(s.target, 15);
    expect(s.kind).toBe('decrease');
    close(s.score, 0.6);
  });
  test('+5 means start + 5', () => {
    // target = 10 + 5 = 15; progress = (12 − 10) / 5 = 0.4
    const s = scoreKeyResultCells({ start: 10, target: '+5', current: 12 });
    close(s.target, 15);
    close(s.score, 0.4);
  });
  test('x2 means start × 2', () => {
    // target = 50 × 2 = 100; progress = (75 − 50) / 50 = 0.5
    const s = scoreKeyResultCells({ start: 50, target: 'x2', current: 75 });
    close(s.target, 100);
    close(s.score, 0.5);
  });
  test.each(['+10%', '-5', 'x2'])('relative target %s with no start → error on that row', (target) => {
    const s = scoreKeyResultCells({ start: '', target, current: 5 });
    expect(s.error).not.toBeNull();
    expect(s.score).toBeNull();
  });
  test('readSheet: relative target with no start is an error on that row only', () => {
    const r = readSheet(
      [
        HEAD,
        ['Grow', 'Leads +10%', 'ana', '', '+10%', 120, 'Q3 2026'],
        ['', 'Leads from 100 to 200', 'ana', 100, 200, 150, 'Q3 2026'],
      ],
      { asOf: '2026-08-16' },
    );
    const [bad, good] = krs(r);
    expect(bad!.score).toBeNull();
    expect(bad!.status).toBe('grey');
    close(good!.score, 0.5);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 2, column: 'Target', value: '+10%' });
  });
});

// ───────────────────────────── Section 3: KR score ─────────────────────────────
describe('Key result scores: increase / decrease', () => {
  test('increase: progress and score', () => {
    // (71 − 65) / (75 − 65) = 0.6 (all percentages: 0.06 / 0.10)
    const s = scoreKeyResultCells({ start: '65%', target: '75%', current: '71%' });
    close(s.progress, 0.6);
    close(s.score, 0.6);
  });
  test('decrease: progress and score', () => {
    // (9.5 − 12) / (7 − 12) = −2.5 / −5 = 0.5
    const s = scoreKeyResultCells({ start: 12, target: 7, current: 9.5 });
    close(s.progress, 0.5);
    close(s.score, 0.5);
  });
  test('over-achievement: progress above 1 is kept, score stays 1.0', () => {
    // (250 − 100) / (200 − 100) = 1.5
    const s = scoreKeyResultCells({ start: 100, target: 200, current: 250 });
    close(s.progress, 1.5);
    expect(s.score).toBe(1);
  });
  test('decrease over-achieved', () => {
    // (5 − 12) / (7 − 12) = 1.4
    const s = scoreKeyResultCells({ start: 12, target: 7, current: 5 });
    close(s.progress, 1.4);
    expect(s.score).toBe(1);
  });
  test('went the wrong way: negative progress, score clamped to 0', () => {
    // (90 − 100) / (200 − 100) = −0.1
    const s = scoreKeyResultCells({ start: 100, target: 200, current: 90 });
    close(s.progress, -0.1);
    expect(s.score).toBe(0);
  });
  test('start = target is an error', () => {
    const s = scoreKeyResultCells({ start: 50, target: 50, current: 50 });
    expect(s.error).not.toBeNull();
    expect(s.score).toBeNull();
  });
  test('no current value → no score', () => {
    const s = scoreKeyResultCells({ start: 10, target: 20, current: '' });
    expect(s.score).toBeNull();
    expect(s.error).toBeNull();
  });
});

describe('Key result scores: threshold bands', () => {
  test.each<[string, Cell, Cell, number]>([
    // two-sided [70, 80], w = 10
    ['inside', '70-80', 75, 1],
    ['low end included', '70-80', 70, 1],
    ['high end included', '70-80', 80, 1],
    ['below: d = 5 → 1 − 5/10', '70-80', 65, 0.5],
    ['above: d = 2 → 1 − 2/10', '70–80', 82, 0.8],
    ['far out → 0', '70 to 80', 50, 0],
    ['between 70 and 80, 85 → 0.5', 'between 70 and 80', 85, 0.5],
    // percentages: [0.70, 0.80], w = 0.10; 83 % → d = 0.03 → 0.7
    ['70-80% and 83 %', '70-80%', '83 %', 0.7],
    ['70-80% and a bare 75 (percent points) → inside', '70-80%', 75, 1],
    // one-sided >= 80: w = 80 × 0.1 = 8; 76 → d = 4 → 0.5; 80 → 1
    ['>= 80 at 76', '>= 80', 76, 0.5],
    ['>= 80 at 80', '>= 80', 80, 1],
    ['>= 80 at 1000', '>= 80', 1000, 1],
    // one-sided <= 20: w = 2; 21 → 0.5; 23 → 0
    ['<= 20 at 21', '<= 20', 21, 0.5],
    ['<= 20 at 23', '<= 20', 23, 0],
    ['<= 20 at 0', '<= 20', 0, 1],
    // bound 0: w = 1; <= 0 at 0.25 → 0.75; >= 0 at −0.5 → 0.5
    ['<= 0 at 0.25', '<= 0', 0.25, 0.75],
    ['>= 0 at -0.5', '>= 0', -0.5, 0.5],
    // >= 80%: w = 0.08; 76% → d = 0.04 → 0.5
    ['>= 80% at 76%', '>= 80%', '76%', 0.5],
    // negative bound: >= -10, w = |−10| × 0.1 = 1; −10.5 → 0.5
    ['>= -10 at -10.5', '>= -10', -10.5, 0.5],
  ])('%s', (_case, target, current, score) => {
    const s = scoreKeyResultCells({ start: '', target, current });
    expect(s.kind).toBe('threshold');
    close(s.score, score);
  });
  test('band ends are reported as low / high', () => {
    const s = scoreKeyResultCells({ start: '', target: '70-80%', current: '75%' });
    close(s.low, 0.7);
    close(s.high, 0.8);
  });
});

describe('Key result scores: milestones', () => {
  test.each<[string, Cell]>([
    ['done', 'done'],
    ['Done', 'Done'],
    ['yes', 'yes'],
    ['shipped', 'shipped'],
    ['launched', 'Launched'],
    ['complete', 'complete'],
    ['100%', '100%'],
    ['1', 1],
    ['"1" as text', '1'],
    ['TRUE (text)', 'TRUE'],
    ['checked checkbox', true],
  ])('done when current is %s → 1.0', (_case, current) => {
    const s = scoreKeyResultCells({ start: '', target: '2026-11-30', current });
    expect(s.kind).toBe('milestone');
    expect(s.score).toBe(1);
    expect(s.done).toBe(true);
    expect(s.late).toBe(false);
  });
  test('a completion date on the due date → 1.0, not late', () => {
    const s = scoreKeyResultCells({ start: '', target: '2026-11-30', current: '2026-11-30' });
    expect(s).toMatchObject({ score: 1, done: true, late: false });
  });
  test('a completion date before the due date (Date cell) → 1.0, not late', () => {
    const s = scoreKeyResultCells({ start: '', target: '2026-11-30', current: new Date(Date.UTC(2026, 10, 20)) });
    expect(s).toMatchObject({ score: 1, done: true, late: false });
  });
  test('finished after its due date → 1.0 but late', () => {
    const s = scoreKeyResultCells({ start: '', target: '2026-11-30', current: '2026-12-05' });
    expect(s).toMatchObject({ score: 1, done: true, late: true });
  });
  test('late against a Due cell when the target is a done-word', () => {
    const s = scoreKeyResultCells({ start: '', target: 'shipped', current: '2026-10-02', due: '2026-09-30' });
    expect(s).toMatchObject({ kind: 'milestone', score: 1, done: true, late: true });
  });
  test.each<[string, Cell, number]>([
    ['40%', '40%', 0.4],
    ['0.4', 0.4, 0.4],
    ['0.25 as text', '0.25', 0.25],
  ])('fraction complete %s', (_case, current, score) => {
    const s = scoreKeyResultCells({ start: '', target: '2026-11-30', current });
    close(s.score, score);
    expect(s.done).toBe(false);
  });
  test.each<[string, Cell]>([
    ['not started', 'not started'],
    ['in review', 'in review'],
    ['unchecked checkbox', false],
    ['0%', '0%'],
    ['free text', 'waiting on legal'],
  ])('otherwise 0: %s', (_case, current) => {
    const s = scoreKeyResultCells({ start: '', target: '2026-11-30', current });
    expect(s.score).toBe(0);
    expect(s.done).toBe(false);
  });
  test('no current → no score', () => {
    const s = scoreKeyResultCells({ start: '', target: '2026-11-30', current: '' });
    expect(s.score).toBeNull();
  });
});

describe('Key result scores: baseline', () => {
  test('no current → null, no note', () => {
    const s = scoreKeyResultCells({ start: '', target: 'baseline', current: '' });
    expect(s.kind).toBe('baseline');
    expect(s.score).toBeNull();
  });
  test('once current holds a value: baseline set, value shown, still no score', () => {
    const s = scoreKeyResultCells({ start: '', target: 'TBD', current: 4.2 });
    expect(s.score).toBeNull();
    expect(s.current).toBe(4.2);
    expect(s.note).toBe('baseline set');
  });
});

describe('Key result scores: percent scale', () => {
  test('target written with % makes bare start/current percent points', () => {
    // start 65 → 0.65, current 70 → 0.70, target 0.75 → (0.70 − 0.65) / 0.10 = 0.5
    const s = scoreKeyResultCells({ start: 65, target: '75%', current: 70 });
    close(s.start, 0.65);
    close(s.current, 0.7);
    close(s.target, 0.75);
    close(s.score, 0.5);
  });
  test('current written with % is enough', () => {
    const s = scoreKeyResultCells({ start: 65, target: 75, current: '70%' });
    close(s.target, 0.75);
    close(s.score, 0.5);
  });
  test('unit % puts bare numbers on the percent scale', () => {
    const s = scoreKeyResultCells({ start: 65, target: 75, current: 70, unit: '%' });
    close(s.start, 0.65);
    close(s.target, 0.75);
    close(s.current, 0.7);
    close(s.score, 0.5);
  });
  test('bare numbers at or below 1 stay fractions', () => {
    // start 0.5, target 0.8, current 0.65 → 0.15 / 0.3 = 0.5
    const s = scoreKeyResultCells({ start: 0.5, target: '80%', current: 0.65 });
    close(s.start, 0.5);
    close(s.score, 0.5);
  });
  test('no % anywhere: numbers as written', () => {
    const s = scoreKeyResultCells({ start: 65, target: 75, current: 70 });
    expect(s.target).toBe(75);
    close(s.score, 0.5);
  });
});

// ───────────────────────────── Section 5: status table ─────────────────────────────
describe('Status: status table (keyResultStatus)', () => {
  test.each<[number, 'aspirational' | 'committed', number | null, string]>([
    // aspirational, t = 1: green ≥ 0.7, amber ≥ 0.4
    [0.7, 'aspirational', 1, 'green'],
    [0.69, 'aspirational', 1, 'amber'],
    [0.4, 'aspirational', 1, 'amber'],
    [0.39, 'aspirational', 1, 'red'],
    // committed, t = 1: green ≥ 1.0, amber ≥ 0.7
    [1, 'committed', 1, 'green'],
    [0.99, 'committed', 1, 'amber'],
    [0.7, 'committed', 1, 'amber'],
    [0.69, 'committed', 1, 'red'],
    // t = 0.5: aspirational bars 0.35 / 0.2; committed 0.5 / 0.35
    [0.35, 'aspirational', 0.5, 'green'],
    [0.34, 'aspirational', 0.5, 'amber'],
    [0.2, 'aspirational', 0.5, 'amber'],
    [0.19, 'aspirational', 0.5, 'red'],
    [0.5, 'committed', 0.5, 'green'],
    [0.49, 'committed', 0.5, 'amber'],
    [0.35, 'committed', 0.5, 'amber'],
    [0.34, 'committed', 0.5, 'red'],
    // t = 0: every bar is 0
    [0, 'committed', 0, 'green'],
    // no period: t = 1
    [0.6, 'aspirational', null, 'amber'],
    [0.9, 'committed', null, 'amber'],
    // t clamped to [0, 1]
    [0.7, 'aspirational', 3, 'green'],
  ])('score %s, %s, t = %s → %s', (score, commitment, t, status) => {
    expect(keyResultStatus(score, commitment, t)).toBe(status);
  });
  test('no score → grey', () => {
    expect(keyResultStatus(null, 'aspirational', 0.5)).toBe('grey');
  });
  test('team thresholds from settings', () => {
    // aspirational green at 0.6: 0.65 at t = 1 → green (default 0.7 would be amber)
    expect(keyResultStatus(0.65, 'aspirational', 1, { aspirationalGreen: 0.6 })).toBe('green');
    expect(keyResultStatus(0.65, 'aspirational', 1)).toBe('amber');
  });
});

describe('Status: time-aware status through readSheet (calendar days)', () => {
  // A KR from 0 to 100 in Q3 2026, current 40 → score 0.4.
  const sheet = (current: number, commitment: string, extra: Cell[] = []): Cell[][] => [
    [...HEAD, 'Type', 'Due'],
    ['A', 'Move x from 0 to 100', 'ana', 0, 100, current, 'Q3 2026', commitment, ...extra],
  ];
  test.each<[string, string, number, string, number]>([
    // [asOf, commitment, current, status, t]
    ['2026-06-30', 'aspirational', 40, 'grey', 0], // before the period: grey
    ['2026-07-01', 'aspirational', 0, 'green', 0], // t = 0: bar 0
    ['2026-08-16', 'aspirational', 40, 'green', 0.5], // 0.4 ≥ 0.35
    ['2026-08-16', 'committed', 40, 'amber', 0.5], // 0.35 ≤ 0.4 < 0.5
    ['2026-08-16', 'committed', 30, 'red', 0.5], // 0.3 < 0.35
    ['2026-08-16', 'aspirational', 19, 'red', 0.5], // 0.19 < 0.2
    ['2026-10-01', 'aspirational', 60, 'amber', 1], // end: 0.4 ≤ 0.6 < 0.7
    ['2026-10-01', 'aspirational', 70, 'green', 1],
    ['2026-10-01', 'committed', 90, 'amber', 1],
    ['2026-10-01', 'committed', 100, 'green', 1],
    ['2027-02-01', 'committed', 69, 'red', 1], // long after: t clamped to 1
  ])('asOf %s, %s, current %s → %s (t = %s)', (asOf, commitment, current, status, t) => {
    const kr = krs(readSheet(sheet(current, commitment), { asOf }))[0]!;
    expect(kr.status).toBe(status);
    close(kr.elapsed, t);
  });
  test('expected = the green bar at asOf (0.7·t / 1.0·t)', () => {
    const asp = krs(readSheet(sheet(40, 'aspirational'), { asOf: '2026-08-16' }))[0]!;
    close(asp.expected, 0.35);
    const com = krs(readSheet(sheet(40, 'committed'), { asOf: '2026-08-16' }))[0]!;
    close(com.expected, 0.5);
  });
  test('t counts calendar days: 2026-08-15 → 45/92', () => {
    const kr = krs(readSheet(sheet(40, 'aspirational'), { asOf: '2026-08-15' }))[0]!;
    close(kr.elapsed, 45 / 92);
  });
  test("a due date earlier than the period's end ends the period", () => {
    // Due 2026-08-31 → the KR's period is 2026-07-01 .. 2026-09-01 (62 days); asOf 2026-08-01 → t = 31/62 = 0.5.
    // committed, score 0.49: bar 0.5 → amber (with the quarter, t = 31/92 = 0.337, bar 0.337 → green).
    const kr = krs(readSheet(sheet(49, 'committed', ['2026-08-31']), { asOf: '2026-08-01' }))[0]!;
    close(kr.elapsed, 0.5);
    expect(kr.status).toBe('amber');
    const noDue = krs(readSheet(sheet(49, 'committed'), { asOf: '2026-08-01' }))[0]!;
    close(noDue.elapsed, 31 / 92);
    expect(noDue.status).toBe('green');
  });
  test('no period and no due date → t = 1', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current'],
        ['A', 'x from 0 to 100', 'ana', 0, 100, 60],
      ],
      { asOf: '2026-08-16' },
    );
    const kr = krs(r)[0]!;
    expect(kr.status).toBe('amber'); // 0.6 at t = 1: 0.4 ≤ 0.6 < 0.7
    expect(r.objectives[0]!.status).toBe('amber');
  });
  test('threshold KRs use t = 1', () => {
    // 70-80, current 65 → 0.5; at t = 0.5 the time bar would be 0.35 (green); with t = 1 it is amber.
    const r = readSheet([HEAD, ['A', 'Keep x in 70-80', 'ana', '', '70-80', 65, 'Q3 2026']], { asOf: '2026-08-16' });
    const kr = krs(r)[0]!;
    close(kr.score, 0.5);
    expect(kr.status).toBe('amber');
  });
  test('before the period starts the objective is grey too', () => {
    const r = readSheet(sheet(40, 'aspirational'), { asOf: '2026-06-01' });
    expect(r.objectives[0]!.status).toBe('grey');
  });
});

describe('Pending milestones: milestone status', () => {
  const sheet: Cell[][] = [
    ['Objective', 'Key result', 'Owner', 'Target', 'Current', 'Period'],
    ['Ship', 'Ship v2 by Sep 30', 'ana', '2026-09-30', 'in progress', 'Q3 2026'],
    ['', 'Ship docs by Aug 31', 'ana', '2026-08-31', '', 'Q3 2026'],
    ['', 'Ship API by Sep 30', 'ana', '2026-09-30', 'done', 'Q3 2026'],
    ['', 'Ship app by Sep 30', 'ana', '2026-09-30', '50%', 'Q3 2026'],
  ];
  test('not yet due: scores 0, grey, counts as 0 in the objective', () => {
    const r = readSheet(sheet, { asOf: '2026-08-16' });
    const [v2, docs, api, app] = krs(r);
    expect(v2).toMatchObject({ kind: 'milestone', score: 0, status: 'grey' });
    expect(docs).toMatchObject({ score: null, status: 'grey' });
    expect(api).toMatchObject({ score: 1, status: 'green', done: true });
    // app: 0.5 complete; due 2026-09-30 ends the period at 2026-10-01, t = 0.5, bar 0.35 → green
    close(app!.score, 0.5);
    expect(app!.status).toBe('green');
    // objective: (0 + 1 + 0.5) / 3 = 0.5 (docs has no current → left out)
    close(r.objectives[0]!.score, 0.5);
  });
  test('past due and not done: red', () => {
    const r = readSheet(sheet, { asOf: '2026-10-02' });
    expect(krs(r)[0]).toMatchObject({ score: 0, status: 'red' });
  });
});

// ───────────────────────────── Section 4: objective score ─────────────────────────────
describe('Objective scores: objective weighted mean', () => {
  const rows = (w1: Cell, w2: Cell, w3: Cell): Cell[][] => [
    [...HEAD, 'Weight'],
    ['A', 'x from 0 to 100', 'ana', 0, 100, 100, 'Q3 2026', w1], // score 1
    ['', 'y from 0 to 100', 'ana', 0, 100, 50, 'Q3 2026', w2], // score 0.5
    ['', 'z from 0 to 100', 'ana', 0, 100, 0, 'Q3 2026', w3], // score 0
    ['', 'Establish a baseline for churn', 'ana', '', 'baseline', 3, 'Q3 2026', 5], // null: left out
  ];
  test('number weights: (2·1 + 1·0.5 + 1·0) / 4 = 0.625', () => {
    close(readSheet(rows(2, 1, 1), { asOf: '2026-10-01' }).objectives[0]!.score, 0.625);
  });
  test('percent weights: (0.5·1 + 0.25·0.5 + 0.25·0) / 1 = 0.625', () => {
    close(readSheet(rows('50%', '25%', '25%'), { asOf: '2026-10-01' }).objectives[0]!.score, 0.625);
  });
  test('default weight 1: (1 + 0.5 + 0) / 3 = 0.5', () => {
    close(readSheet(rows('', '', ''), { asOf: '2026-10-01' }).objectives[0]!.score, 0.5);
  });
  test('objective status from its score like a KR of its commitment', () => {
    // 0.625 at t = 1: aspirational → amber (< 0.7)
    expect(readSheet(rows(2, 1, 1), { asOf: '2026-10-01' }).objectives[0]!.status).toBe('amber');
    // at t = 0.5: bar 0.35 → green
    expect(readSheet(rows(2, 1, 1), { asOf: '2026-08-16' }).objectives[0]!.status).toBe('green');
  });
  test('no scored KR → null, grey', () => {
    const r = readSheet([HEAD, ['A', 'x from 0 to 100', 'ana', 0, 100, '', 'Q3 2026']], { asOf: '2026-08-16' });
    expect(r.objectives[0]).toMatchObject({ score: null, status: 'grey' });
  });
});

// ───────────────────────────── Section 6: KPI status ─────────────────────────────
describe('KPI status: KPI table', () => {
  test.each<[string, Cell, Cell, Cell, string]>([
    // [case, actual, target, direction, status]; tol = 10 %
    ['higher: at target', 100, 100, '', 'green'],
    ['higher: 90 ≥ 100 − 10', 90, 100, '', 'amber'],
    ['higher: 89.9 below', 89.9, 100, '', 'red'],
    ['higher (explicit)', 120, 100, 'higher', 'green'],
    ['lower: at target', 100, 100, 'lower', 'green'],
    ['lower: 110 ≤ 100 + 10', 110, 100, 'lower', 'amber'],
    ['lower: 110.1 above', 110.1, 100, 'lower', 'red'],
    ['range inside', 75, '70-80', '', 'green'],
    ['range end', 80, '70-80', '', 'green'],
    ['range: 69 within 0.1·10 outside', 69, '70-80', '', 'amber'],
    ['range: 81 within', 81, '70-80', 'range', 'amber'],
    ['range: 68.9 further out', 68.9, '70-80', '', 'red'],
    // target 0: absolute tolerance 0.1
    ['target 0 higher: −0.1 amber', -0.1, 0, 'higher', 'amber'],
    ['target 0 higher: −0.11 red', -0.11, 0, 'higher', 'red'],
    // target 0 with no direction: lower (direction rule 4)
    ['target 0, no direction: 3 red', 3, 0, '', 'red'],
    ['target 0, no direction: 0.1 amber', 0.1, 0, '', 'amber'],
    ['target 0 lower: 0.1 amber', 0.1, 0, 'lower', 'amber'],
    ['target 0 lower: 0.11 red', 0.11, 0, 'lower', 'red'],
    // negative target, higher: amber ≥ −100 − 0.1·100 = −110
    ['negative target higher', -105, -100, '', 'amber'],
    // direction words
    ['up = higher', 95, 100, 'up', 'amber'],
    ['down = lower', 95, 100, 'down', 'green'],
    ['maintain with a band = range', 85, '70-80', 'maintain', 'red'],
  ])('%s', (_case, actual, target, direction, status) => {
    expect(scoreKpiCells({ actual, target, direction }).status).toBe(status);
  });
  test('direction from the target comparator', () => {
    expect(scoreKpiCells({ actual: '2.1%', target: '<= 2%' })).toMatchObject({ direction: 'lower', status: 'amber' }); // 0.021 ≤ 0.022
    expect(scoreKpiCells({ actual: '2.3%', target: '<= 2%' }).status).toBe('red');
    expect(scoreKpiCells({ actual: '79%', target: '>= 80%' })).toMatchObject({ direction: 'higher', status: 'amber' });
    expect(scoreKpiCells({ actual: '75%', target: '70-80%' })).toMatchObject({ direction: 'range', status: 'green' });
    close(scoreKpiCells({ actual: '75%', target: '70-80%' }).low, 0.7);
    close(scoreKpiCells({ actual: '2.1%', target: '<= 2%' }).target, 0.02);
    expect(scoreKpiCells({ actual: 5, target: 10 }).direction).toBe('higher');
  });
  test('tolerance column and setting', () => {
    // tol 5 %: amber ≥ 95
    expect(scoreKpiCells({ actual: 95, target: 100, tolerance: '5%' }).status).toBe('amber');
    expect(scoreKpiCells({ actual: 94.9, target: 100, tolerance: '5%' }).status).toBe('red');
    // tol 20 % from settings: 81 ≥ 80 → amber
    expect(scoreKpiCells({ actual: 81, target: 100 }, { settings: { tolerance: 0.2 } }).status).toBe('amber');
    expect(scoreKpiCells({ actual: 81, target: 100 }).status).toBe('red');
  });
  test('Green at / Red at override the bands', () => {
    // higher, green at 90, red at 70: 90 green, 80 amber, 69 red (default bands: 90 would be amber)
    expect(scoreKpiCells({ actual: 90, target: 100, greenAt: 90, redAt: 70 }).status).toBe('green');
    expect(scoreKpiCells({ actual: 80, target: 100, greenAt: 90, redAt: 70 }).status).toBe('amber');
    expect(scoreKpiCells({ actual: 69, target: 100, greenAt: 90, redAt: 70 }).status).toBe('red');
    // lower, green at 5, red at 8
    expect(scoreKpiCells({ actual: 6, target: 5, direction: 'lower', greenAt: 5, redAt: 8 }).status).toBe('amber');
    expect(scoreKpiCells({ actual: 9, target: 5, direction: 'lower', greenAt: 5, redAt: 8 }).status).toBe('red');
    expect(scoreKpiCells({ actual: 5, target: 5, direction: 'lower', greenAt: 5, redAt: 8 }).status).toBe('green');
  });
  test('no actual → grey', () => {
    expect(scoreKpiCells({ actual: '', target: 100 }).status).toBe('grey');
  });
});

describe('KPI status: KPI sheets through readSheet', () => {
  test('one KPI per row; Direction column words', () => {
    const r = readSheet(
      [
        ['KPI', 'Owner', 'Direction', 'Target', 'Actual'],
        ['Revenue', 'ana', 'higher', 100, 95], // amber
        ['Churn', 'ben', 'lower', '2%', '2.5%'], // 0.025 > 0.022 → red
        ['Utilisation', 'cara', 'range', '70-80%', '75%'], // green
        ['Response time', 'dan', 'down', 4, 3], // lower, green
        ['NPS', 'eve', 'maintain', '40-50', 52], // range: w = 10, 2 ≤ 1? no → red
      ],
      { asOf: '2026-08-16' },
    );
    expect(r.kind).toBe('kpi');
    expect(r.kpis.map((k) => [k.name, k.direction, k.status])).toEqual([
      ['Revenue', 'higher', 'amber'],
      ['Churn', 'lower', 'red'],
      ['Utilisation', 'range', 'green'],
      ['Response time', 'lower', 'green'],
      ['NPS', 'range', 'red'],
    ]);
  });
  test('wide sheet: latest non-empty period is the actual, the previous gives the trend', () => {
    const r = readSheet(
      [
        ['KPI', 'Owner', 'Target', 'Jan', 'Feb', 'Mar', 'Apr'],
        ['Revenue', 'ana', 100, 80, 95, 110, ''], // actual 110 (Mar), previous 95 → up, green
        ['Churn', 'ben', '<= 2%', '2.5%', '2.2%', '', ''], // actual 0.022 (Feb), previous 0.025 → down (good), amber
        ['Leads', 'cara', 50, 60, 60, 40, 40], // actual 40 (Apr), previous 40 → flat; 40 < 45 → red
      ],
      { asOf: '2026-05-10' },
    );
    const [rev, churn, leads] = r.kpis;
    expect(rev).toMatchObject({ actual: 110, previous: 95, trend: 'up', status: 'green', direction: 'higher' });
    expect(churn).toMatchObject({ direction: 'lower', trend: 'down', status: 'amber' });
    close(churn!.actual, 0.022);
    close(churn!.previous, 0.025);
    expect(leads).toMatchObject({ actual: 40, previous: 40, trend: 'flat', status: 'red' });
  });
  test('wide sheet with 2026-03 and Q1 headers', () => {
    const r = readSheet(
      [
        ['Metric', 'Owner', 'Target', '2026-01', '2026-02', '2026-03'],
        ['MRR', 'ana', 1000, 900, 950, ''],
      ],
      { asOf: '2026-04-10' },
    );
    expect(r.kpis[0]).toMatchObject({ actual: 950, previous: 900, trend: 'up', status: 'amber' });
    const q = readSheet(
      [
        ['KPI', 'Owner', 'Target', 'Q1', 'Q2', 'Q3'],
        ['Margin', 'ana', '<= 10', 12, 9, ''], // lower: 9 ≤ 10 → green, trend down (good)
      ],
      { asOf: '2026-08-10' },
    );
    expect(q.kpis[0]).toMatchObject({ direction: 'lower', actual: 9, previous: 12, trend: 'down', status: 'green' });
  });
  test('more than 12 KPIs is a warning, statuses still computed', () => {
    const rows: Cell[][] = [['KPI', 'Owner', 'Target', 'Actual']];
    for (let i = 1; i <= 13; i++) rows.push([`K${i}`, 'ana', 100, 100]);
    const r = readSheet(rows, { asOf: '2026-08-16' });
    expect(r.kpis).toHaveLength(13);
    expect(r.kpis.every((k) => k.status === 'green')).toBe(true);
    expect(r.problems.filter((p) => p.severity === 'warning' && /13/.test(p.message))).toHaveLength(1);
  });
  test('a KPI with no owner is a warning', () => {
    const r = readSheet([['KPI', 'Owner', 'Target', 'Actual'], ['Revenue', '', 100, 100]], { asOf: '2026-08-16' });
    expect(r.kpis[0]!.status).toBe('green');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ row: 2, severity: 'warning' });
    expect(r.problems[0]!.message).toMatch(/^Row 2, Owner: /);
  });
});

// ───────────────────────────── Section 7: reading values ─────────────────────────────
describe('Reading values: numbers', () => {
  test.each<[Cell, number]>([
    ['1234.5', 1234.5],
    ['1,234.50', 1234.5],
    ['$1,234.50', 1234.5],
    ['€ 1.234,50', 1234.5],
    ['1 234,50', 1234.5],
    ['(1,234.50)', -1234.5],
    ['1,234.50-', -1234.5],
    ['−12', -12],
    ['12.5%', 0.125],
    ['1.2k', 1200],
    ['3.4M', 3_400_000],
    ['2B', 2_000_000_000],
    ['45 days', 45],
    [1234.5, 1234.5],
  ])('en-US / default: %s → %s', (text, value) => {
    close(parseNumber(text, { locale: 'en-US' }), value);
    close(parseNumber(text), value);
  });
  test.each<[string, number]>([
    ['1.234,50', 1234.5],
    ['1.234', 1234],
    ['1,5', 1.5],
    ['12,5 %', 0.125],
    ['€ 1.234,50', 1234.5],
    ['1.234,50 €', 1234.5],
    ['(1.234,50)', -1234.5],
    ['1.234,50-', -1234.5],
    ['1,2k', 1200],
  ])('de-DE: %s → %s', (text, value) => {
    close(parseNumber(text, { locale: 'de-DE' }), value);
  });
  test('ambiguous 1,234: locale decides, default "."', () => {
    expect(parseNumber('1,234')).toBe(1234);
    expect(parseNumber('1,234', { locale: 'en-US' })).toBe(1234);
    close(parseNumber('1,234', { locale: 'de-DE' }), 1.234);
  });
  test('not numbers', () => {
    for (const t of ['abc', '', 'Q3', '7/10', '2026-11-30']) expect(parseNumber(t)).toBeNull();
  });
  test('readSheet infers the decimal separator per column when no locale is given', () => {
    // Start column has 12,5 (only readable with ","), so its 1,250 reads 1.25 as well; Target/Current plain.
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current'],
        ['A', 'x', 'ana', '1,250', 3, 2], // (2 − 1.25) / (3 − 1.25) = 0.75 / 1.75
        ['', 'y', 'ana', '12,5', 20, 15], // (15 − 12.5) / 7.5 = 1/3
      ],
      { asOf: '2026-08-16' },
    );
    const [x, y] = krs(r);
    close(x!.start, 1.25);
    close(x!.score, 0.75 / 1.75);
    close(y!.score, 1 / 3);
  });
  test('readSheet with locale de-DE reads text numbers German-style', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current'],
        ['A', 'Umsatz', 'ana', '1.000', '2.000', '1.500'], // 1000 → 2000, 1500 → 0.5
        ['', 'Quote', 'ana', '10,5 %', '20,5 %', '15,5 %'], // (0.155 − 0.105) / 0.1 = 0.5
      ],
      { asOf: '2026-08-16', locale: 'de-DE' },
    );
    const [a, b] = krs(r);
    expect(a).toMatchObject({ start: 1000, target: 2000, current: 1500 });
    close(a!.score, 0.5);
    close(b!.score, 0.5);
  });
  test('readSheet with en-US: 1,000 is a thousand', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current'],
        ['A', 'Revenue', 'ana', '$1,000', '$2,000', '$1,500'],
      ],
      { asOf: '2026-08-16', locale: 'en-US' },
    );
    expect(krs(r)[0]).toMatchObject({ start: 1000, target: 2000, current: 1500 });
  });
});

describe('Reading values: dates', () => {
  test.each<[Cell, string | undefined, number | undefined, string]>([
    [new Date(Date.UTC(2026, 10, 30)), undefined, undefined, '2026-11-30'],
    [serial('2026-11-30'), undefined, undefined, '2026-11-30'],
    ['2026-11-30', undefined, undefined, '2026-11-30'],
    ['11/30/2026', 'en-US', undefined, '2026-11-30'],
    ['30/11/2026', 'en-GB', undefined, '2026-11-30'],
    ['03/04/2026', 'en-US', undefined, '2026-03-04'],
    ['03/04/2026', 'en-GB', undefined, '2026-04-03'],
    ['03/04/2026', 'fr-FR', undefined, '2026-04-03'],
    ['Nov 30', undefined, 2026, '2026-11-30'],
    ['30 Nov 2026', undefined, undefined, '2026-11-30'],
    ['Nov 30, 2026', undefined, undefined, '2026-11-30'],
  ])('%s (%s) → %s', (cell, locale, year, iso) => {
    expect(parseDate(cell, { locale, year })).toBe(iso);
  });
  test('a date with no year takes the period’s year', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Target', 'Current', 'Period'],
        ['Ship', 'Ship v2 by Nov 30', 'ana', 'Nov 30', '', 'Q4 2025'],
      ],
      { asOf: '2026-02-01' },
    );
    expect(krs(r)[0]).toMatchObject({ kind: 'milestone', due: '2025-11-30' });
    expect(r.problems.filter((p) => /outside/.test(p.message))).toHaveLength(0);
  });
  test('readSheet with a day-first locale reads 01/09/2026 as 1 September', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Target', 'Current', 'Period'],
        ['Ship', 'Ship v2', 'ana', '01/09/2026', '', 'Q3 2026'],
      ],
      { asOf: '2026-08-16', locale: 'en-GB' },
    );
    expect(krs(r)[0]!.due).toBe('2026-09-01');
  });
});

describe('Reading values: Sheets API rows and getValues rows', () => {
  test('ragged rows with trailing blanks omitted; a Due column as serial numbers', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current', 'Due'],
        ['Grow', 'Leads from 100 to 200', 'ana', 100, 200, 150, serial('2026-09-30')],
        ['', 'Signups from 10 to 20', 'ben', 10, 20], // no current: trailing cells omitted
        [],
        ['', 'Ship v2', 'cara', '', 'done', 'yes'],
      ],
      { asOf: '2026-08-16' },
    );
    const [leads, signups, ship] = krs(r);
    expect(leads).toMatchObject({ due: '2026-09-30', start: 100, target: 200, current: 150 });
    close(leads!.score, 0.5);
    expect(signups).toMatchObject({ score: null, status: 'grey', current: null });
    expect(ship).toMatchObject({ kind: 'milestone', score: 1, done: true });
    expect(r.skipped).toEqual([{ row: 4, reason: expect.any(String) }]);
    expect(r.problems.filter((p) => p.severity === 'error')).toHaveLength(0);
  });
  test('getValues rows: numbers, percent cells as fractions, Date cells, booleans', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current', 'Due'],
        // a cell formatted as % comes as a fraction: 0.65 → 0.75, current 0.71 → 0.6
        ['Delight', 'CSAT 65% → 75%', 'ana', 0.65, 0.75, 0.71, new Date(Date.UTC(2026, 8, 30))],
        ['', 'Launch v2', 'ana', '', new Date(Date.UTC(2026, 8, 30)), true, ''],
      ],
      { asOf: '2026-08-16' },
    );
    const [csat, launch] = krs(r);
    close(csat!.score, 0.6);
    expect(csat!.due).toBe('2026-09-30');
    expect(launch).toMatchObject({ kind: 'milestone', score: 1, done: true, due: '2026-09-30', status: 'green' });
  });
});

describe('Reading values: skipped rows, fill-down, outline', () => {
  test('blank, repeated header, Total/Subtotal/Grand total and comment rows are skipped, not errors', () => {
    const r = readSheet(
      [
        HEAD,
        ['Grow', 'Leads from 100 to 200', 'ana', 100, 200, 150, 'Q3 2026'],
        ['', '', '', '', '', '', ''],
        HEAD,
        ['Total', '', '', '', '', 150, ''],
        ['Subtotal', '', '', '', 200, '', ''],
        ['Grand total', '', '', '', '', '', ''],
        ['# a comment line', '', '', '', '', '', ''],
        ['', 'Signups from 10 to 20', 'ben', 10, 20, 15, 'Q3 2026'],
      ],
      { asOf: '2026-08-16' },
    );
    expect(r.skipped.map((s) => s.row)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.objectives.map((o) => o.title)).toEqual(['Grow']);
    expect(krs(r).map((k) => k.row)).toEqual([2, 9]);
  });
  test('fill-down: a blank objective cell belongs to the objective above', () => {
    const r = readSheet(
      [
        HEAD,
        ['Grow', 'Leads from 100 to 200', 'ana', 100, 200, 150, 'Q3 2026'],
        ['', 'Signups from 10 to 20', 'ben', 10, 20, 15, ''],
        ['Delight', 'CSAT 60 to 80', 'cara', 60, 80, 70, 'Q3 2026'],
        ['Delight', 'NPS 30 to 50', 'cara', 30, 50, 40, 'Q3 2026'],
      ],
      { asOf: '2026-08-16' },
    );
    expect(r.objectives.map((o) => [o.title, o.keyResults.map((k) => k.row)])).toEqual([
      ['Grow', [2, 3]],
      ['Delight', [4, 5]],
    ]);
  });
  test('outline: objective on its own row, KRs below, ids O1 / KR1.2', () => {
    const r = readSheet(
      [
        ['ID', 'Title', 'Owner', 'Start', 'Target', 'Current', 'Period'],
        ['O1', 'Grow the business', 'ana', '', '', '', 'Q3 2026'],
        ['KR1.1', 'Leads from 100 to 200', 'ana', 100, 200, 150, ''],
        ['KR1.2', 'Signups from 10 to 20', 'ben', 10, 20, 15, ''],
        ['O2', 'Delight customers', 'cara', '', '', '', 'Q3 2026'],
        ['KR2.1', 'CSAT from 60 to 80', 'cara', 60, 80, 70, ''],
      ],
      { asOf: '2026-08-16' },
    );
    expect(r.kind).toBe('okr');
    expect(r.objectives.map((o) => [o.title, o.keyResults.map((k) => k.title)])).toEqual([
      ['Grow the business', ['Leads from 100 to 200', 'Signups from 10 to 20']],
      ['Delight customers', ['CSAT from 60 to 80']],
    ]);
    close(r.objectives[0]!.score, 0.5);
  });
  test('outline: objective row then KR rows in the same Objective / Key result columns', () => {
    const r = readSheet(
      [
        HEAD,
        ['Grow the business', '', 'ana', '', '', '', 'Q3 2026'],
        ['', 'Leads from 100 to 200', 'ana', 100, 200, 150, ''],
        ['', 'Signups from 10 to 20', 'ben', 10, 20, 15, ''],
      ],
      { asOf: '2026-08-16' },
    );
    expect(r.objectives).toHaveLength(1);
    expect(r.objectives[0]!.keyResults.map((k) => k.row)).toEqual([3, 4]);
    expect(r.objectives[0]!.period).toBe('Q3 2026');
  });
});

// ───────────────────────────── Section 8: problems ─────────────────────────────
describe('Problems and warnings: problems', () => {
  test('exact wording: Row 14, Target: "abc" is not a number or a date — …', () => {
    const rows: Cell[][] = [HEAD];
    for (let i = 2; i <= 13; i++) rows.push([i === 2 ? 'Grow' : '', `KR ${i} from 0 to 10`, 'ana', 0, 10, 5, 'Q3 2026']);
    rows.push(['', 'KR 14 from 0 to 10', 'ana', 0, 'abc', 5, 'Q3 2026']);
    const r = readSheet(rows, { asOf: '2026-08-16' });
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 14, column: 'Target', value: 'abc' });
    expect(errors[0]!.message).toBe('Row 14, Target: "abc" is not a number or a date — write a number like 75, 75% or 2026-11-30');
    // the other rows are scored
    expect(krs(r).filter((k) => k.score !== null)).toHaveLength(12);
  });
  test('problem rows follow the sheet when the header is lower down', () => {
    const r = readSheet(
      [['Team OKRs Q3 2026'], [], HEAD, ['Grow', 'Leads from 0 to 10', 'ana', 0, 'abc', 5, 'Q3 2026']],
      { asOf: '2026-08-16' },
    );
    expect(r.headerRow).toBe(3);
    expect(r.problems.find((p) => p.severity === 'error')).toMatchObject({ row: 4, column: 'Target' });
  });
  test('warning: more than 5 KRs under one objective', () => {
    const rows: Cell[][] = [HEAD];
    for (let i = 1; i <= 6; i++) rows.push([i === 1 ? 'Grow' : '', `KR ${i} from 0 to 10`, 'ana', 0, 10, 5, 'Q3 2026']);
    const r = readSheet(rows, { asOf: '2026-08-16' });
    const w = r.problems.filter((p) => p.severity === 'warning');
    expect(w).toHaveLength(1);
    expect(w[0]!.row).toBe(2);
    expect(krs(r).every((k) => k.score === 0.5)).toBe(true);
  });
  test('exactly 5 KRs: no warning', () => {
    const rows: Cell[][] = [HEAD];
    for (let i = 1; i <= 5; i++) rows.push([i === 1 ? 'Grow' : '', `KR ${i} from 0 to 10`, 'ana', 0, 10, 5, 'Q3 2026']);
    expect(readSheet(rows, { asOf: '2026-08-16' }).problems).toEqual([]);
  });
  test('warning: an objective with no KRs', () => {
    const r = readSheet(
      [
        ['ID', 'Title', 'Owner', 'Start', 'Target', 'Current', 'Period'],
        ['O1', 'Grow the business', 'ana', '', '', '', 'Q3 2026'],
        ['O2', 'Delight customers', 'cara', '', '', '', 'Q3 2026'],
        ['KR2.1', 'CSAT from 60 to 80', 'cara', 60, 80, 70, ''],
      ],
      { asOf: '2026-08-16' },
    );
    const w = r.problems.filter((p) => p.severity === 'warning');
    expect(w).toHaveLength(1);
    expect(w[0]!.row).toBe(2);
    expect(w[0]!.message).toMatch(/^Row 2, Title: /);
  });
  test('warning: a KR with no owner (objective owner blank too)', () => {
    const r = readSheet([HEAD, ['Grow', 'Leads from 100 to 200', '', 100, 200, 150, 'Q3 2026']], { asOf: '2026-08-16' });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ row: 2, column: 'Owner', severity: 'warning' });
    close(krs(r)[0]!.score, 0.5);
  });
  test('warning: KR text with no number and an empty target (not measurable)', () => {
    const r = readSheet([HEAD, ['Grow', 'Improve onboarding', 'ana', '', '', '', 'Q3 2026']], { asOf: '2026-08-16' });
    const w = r.problems.filter((p) => p.severity === 'warning');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ row: 2, column: 'Target' });
    expect(r.problems.filter((p) => p.severity === 'error')).toHaveLength(0);
  });
  test('no warning when the KR text has a number, even with an empty target', () => {
    const r = readSheet([HEAD, ['Grow', 'Hire 3 engineers', 'ana', '', '', '', 'Q3 2026']], { asOf: '2026-08-16' });
    expect(r.problems).toEqual([]);
  });
  test('warning: duplicate KR text under one objective', () => {
    const r = readSheet(
      [
        HEAD,
        ['Grow', 'Leads from 100 to 200', 'ana', 100, 200, 150, 'Q3 2026'],
        ['', 'Leads from 100 to 200', 'ana', 100, 200, 160, 'Q3 2026'],
      ],
      { asOf: '2026-08-16' },
    );
    const w = r.problems.filter((p) => p.severity === 'warning');
    expect(w).toHaveLength(1);
    expect(w[0]!.row).toBe(3);
  });
  test('same KR text under two objectives is fine', () => {
    const r = readSheet(
      [
        HEAD,
        ['Grow', 'Leads from 100 to 200', 'ana', 100, 200, 150, 'Q3 2026'],
        ['Delight', 'Leads from 100 to 200', 'ana', 100, 200, 160, 'Q3 2026'],
      ],
      { asOf: '2026-08-16' },
    );
    expect(r.problems).toEqual([]);
  });
  test("warning: a due date outside the objective's period", () => {
    const r = readSheet(
      [
        [...HEAD, 'Due'],
        ['Grow', 'Leads from 100 to 200', 'ana', 100, 200, 150, 'Q3 2026', '2026-11-30'],
        ['', 'Signups from 10 to 20', 'ana', 10, 20, 15, 'Q3 2026', '2026-09-30'],
      ],
      { asOf: '2026-08-16' },
    );
    const w = r.problems.filter((p) => p.severity === 'warning');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ row: 2, column: 'Due' });
    close(krs(r)[0]!.score, 0.5);
  });
  test('every problem names its row first', () => {
    const r = readSheet(
      [HEAD, ['Grow', 'Improve', '', 'a', 'b', 'c', 'Q9 2026'], ['', 'Improve', '', '', '', '', '']],
      { asOf: '2026-08-16' },
    );
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) expect(p.message.startsWith(`Row ${p.row}`)).toBe(true);
  });
});

// ───────────────────────────── Section 9: settings ─────────────────────────────
describe('Settings: settings tab', () => {
  test('values are read; missing ones keep defaults', () => {
    const { settings, problems } = readSettings([
      ['Setting', 'Value'],
      ['Aspirational green at', '60%'],
      ['KPI tolerance', 0.05],
      ['Default commitment', 'committed'],
      ['column: Owner', 'DRI'],
    ]);
    expect(problems).toEqual([]);
    expect(settings.aspirationalGreen).toBe(0.6);
    expect(settings.aspirationalAmber).toBe(0.4);
    expect(settings.tolerance).toBe(0.05);
    expect(settings.defaultCommitment).toBe('committed');
    expect(settings.columns.owner).toBe('DRI');
  });
  test('an unknown setting is a problem on its row', () => {
    const { problems } = readSettings([
      ['Setting', 'Value'],
      ['Aspirational green at', 0.7],
      ['Colour scheme', 'dark'],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 3, severity: 'error' });
    expect(problems[0]!.message).toMatch(/^Row 3/);
  });
  test('a bad value is a problem on its row; the default stays', () => {
    const { settings, problems } = readSettings([
      ['Setting', 'Value'],
      ['KPI tolerance', 'abc'],
      ['Default commitment', 'maybe'],
    ]);
    expect(problems.map((p) => p.row)).toEqual([2, 3]);
    expect(settings.tolerance).toBe(0.1);
    expect(settings.defaultCommitment).toBe('aspirational');
  });
  test('settings flow into readSheet: default commitment and column mapping', () => {
    const { settings } = readSettings([
      ['Setting', 'Value'],
      ['Default commitment', 'committed'],
      ['column: Owner', 'Accountable'],
    ]);
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Accountable', 'Start', 'Target', 'Current'],
        ['Grow', 'Leads from 0 to 100', 'ana', 0, 100, 90],
      ],
      { asOf: '2026-08-16', settings },
    );
    // committed, t = 1: 0.9 → amber (aspirational would be green)
    expect(r.objectives[0]!.commitment).toBe('committed');
    expect(krs(r)[0]).toMatchObject({ owner: 'ana', status: 'amber' });
  });
});

// ───────────────────────────── Section 7b via readPastedTable + readSheet ─────────────────────────────
describe('Pasted exports: pasted table into readSheet', () => {
  test('a pasted KPI table with a comparator target', () => {
    const t = readPastedTable('KPI\tOwner\tTarget\tActual\nChurn\tana\t<= 2%\t2.1%\nRevenue\tben\t"$1,000"\t"$1,200"\n');
    const r = readSheet(t.values, { asOf: '2026-08-16' });
    expect(r.kind).toBe('kpi');
    expect(r.kpis.map((k) => [k.name, k.direction, k.status])).toEqual([
      ['Churn', 'lower', 'amber'],
      ['Revenue', 'higher', 'green'],
    ]);
  });
});

// ───────────────────────────── Audit fixes: layouts a user writes every day ─────────────────────────────
describe('audit: header synonyms that mean target on a KPI sheet', () => {
  test.each<[string, Cell[]]>([
    ['English Goal', ['KPI', 'Owner', 'Goal', 'Actual']],
    ['German Ziel', ['Kennzahl', 'Verantwortlich', 'Ziel', 'Ist']],
    ['Spanish Objetivo', ['Indicador', 'Responsable', 'Objetivo', 'Real']],
    ['Metric / Goal / Actual', ['Metric', 'Owner', 'Goal', 'Actual']],
  ])('%s: a numeric Goal column is the target, the sheet is a KPI sheet', (_case, header) => {
    // 95 against 100: higher, amber (≥ 90); <= 2% with 1%: lower, green
    const r = readSheet([header, ['Revenue', 'ana', 100, 95], ['Churn', 'ben', '<= 2%', '1%']], { asOf: '2026-08-16' });
    expect(r.kind).toBe('kpi');
    expect(r.kpis.map((k) => [k.name, k.direction, k.target, k.status])).toEqual([
      ['Revenue', 'higher', 100, 'amber'],
      ['Churn', 'lower', 0.02, 'green'],
    ]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
  test('a Goal column of text is still the objective', () => {
    const r = readSheet(
      [
        ['Goal', 'Key result', 'Owner', 'Target', 'Current'],
        ['Grow', 'Leads to 200', 'ana', 200, 100],
      ],
      { asOf: '2026-08-16' },
    );
    expect(r.kind).toBe('okr');
    expect(r.objectives[0]!.title).toBe('Grow');
  });
  test('German KPI sheet with de-DE numbers', () => {
    // 950.000 against 1.000.000 → 0.95 → amber; 5,2 % against 5,5 % → 0.052 ≥ 0.0495 → amber
    const r = readSheet(
      [
        ['Kennzahl', 'Verantwortlich', 'Ziel', 'Ist'],
        ['Umsatz', 'ana', '1.000.000', '950.000'],
        ['Quote', 'ben', '5,5 %', '5,2 %'],
      ],
      { asOf: '2026-08-16', locale: 'de-DE' },
    );
    expect(r.kind).toBe('kpi');
    expect(r.kpis[0]).toMatchObject({ target: 1_000_000, actual: 950_000, status: 'amber' });
    close(r.kpis[1]!.actual, 0.052);
    expect(r.kpis[1]!.status).toBe('amber');
  });
});

describe('audit: Objective + Metric layouts', () => {
  test('Objective | Metric | Baseline | Target | Current: the metric column holds the KRs (fill-down kept)', () => {
    const r = readSheet(
      [
        ['Objective', 'Metric', 'Owner', 'Baseline', 'Target', 'Current'],
        ['Grow', 'Leads from 100 to 200', 'ana', 100, 200, 150], // 0.5
        ['', 'Signups from 10 to 20', 'ben', 10, 20, 12], // 0.2
      ],
      { asOf: '2026-08-16' },
    );
    expect(r.kind).toBe('okr');
    expect(r.objectives).toHaveLength(1);
    expect(r.objectives[0]!.keyResults.map((k) => [k.row, k.title])).toEqual([
      [2, 'Leads from 100 to 200'],
      [3, 'Signups from 10 to 20'],
    ]);
    close(r.objectives[0]!.score, 0.35); // (0.5 + 0.2) / 2
    expect(r.skipped).toEqual([]);
  });
  test('Objective | KPI | Target | Actual (no OKR-only column): a KPI register grouped by objective', () => {
    const r = readSheet(
      [
        ['Objective', 'KPI', 'Owner', 'Target', 'Actual'],
        ['Grow', 'Revenue', 'ana', 100, 95],
        ['', 'Leads', 'ana', 50, 50],
      ],
      { asOf: '2026-08-16' },
    );
    expect(r.kind).toBe('kpi');
    expect(r.kpis.map((k) => [k.name, k.status])).toEqual([
      ['Revenue', 'amber'],
      ['Leads', 'green'],
    ]);
  });
});

describe('audit: milestone current that is not understood counts as 0 (docs/scoring.md, "Key result scores": otherwise 0)', () => {
  test('free text and a bare number above 1 score 0, with a warning naming the cell', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Target', 'Current', 'Period'],
        ['Ship', 'Ship v2', 'ana', '2026-09-30', 'waiting on legal', 'Q3 2026'],
        ['', 'Ship v3', 'ana', '2026-09-30', 40, 'Q3 2026'],
        ['', 'Ship v4', 'ana', '2026-09-30', 'done', 'Q3 2026'],
      ],
      { asOf: '2026-08-16' },
    );
    const [v2, v3, v4] = krs(r);
    expect(v2).toMatchObject({ score: 0, status: 'grey' });
    expect(v3).toMatchObject({ score: 0, status: 'grey' });
    expect(v4).toMatchObject({ score: 1, status: 'green' });
    close(r.objectives[0]!.score, 1 / 3);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const w = r.problems.filter((p) => p.severity === 'warning');
    expect(w.map((p) => [p.row, p.column, p.value])).toEqual([
      [2, 'Current', 'waiting on legal'],
      [3, 'Current', '40'],
    ]);
  });
});

describe('audit: dates without a year in KR_SCORE (scoreKeyResultCells) take the as-of year', () => {
  test('Nov 30 with asOf 2026-08-16 is 2026-11-30', () => {
    const s = scoreKeyResultCells({ start: '', target: 'Nov 30', current: '' }, { asOf: '2026-08-16' });
    expect(s.error).toBeNull();
    expect(s).toMatchObject({ kind: 'milestone', due: '2026-11-30' });
  });
  test('an explicit period year wins over the as-of year', () => {
    const s = scoreKeyResultCells({ start: '', target: 'Nov 30', current: '' }, { asOf: '2026-08-16', year: 2025 });
    expect(s.due).toBe('2025-11-30');
  });
});

describe('audit: Sheets API serial numbers where getValues gives Date cells', () => {
  test('a wide KPI sheet whose period headers are dates (serial numbers) and years (numbers)', () => {
    const bySerial = readSheet(
      [
        ['KPI', 'Owner', 'Target', serial('2026-01-01'), serial('2026-02-01'), serial('2026-03-01')],
        ['Revenue', 'ana', 100, 80, 95], // Feb is the latest: 95, previous 80 → up, amber
      ],
      { asOf: '2026-04-01' },
    );
    expect(bySerial.kind).toBe('kpi');
    expect(bySerial.kpis[0]).toMatchObject({ actual: 95, previous: 80, trend: 'up', status: 'amber', actualPeriod: '2026-02-01' });
    const byYear = readSheet([['KPI', 'Owner', 'Target', 2024, 2025, 2026], ['Revenue', 'ana', 100, 80, 101, '']], { asOf: '2026-04-01' });
    expect(byYear.kpis[0]).toMatchObject({ actual: 101, previous: 80, status: 'green', actualPeriod: '2025' });
  });
  test('a milestone whose target date and completion date come as serial numbers', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Target', 'Current'],
        ['Ship', 'Ship v2', 'ana', serial('2026-09-30'), true], // checkbox: done
        ['', 'Ship v3', 'ana', serial('2026-09-30'), false], // not done, not yet due: 0, grey
        ['', 'Ship v4', 'ana', serial('2026-09-30'), 'done'],
        ['', 'Ship v5', 'ana', '2026-09-30', serial('2026-10-03')], // finished after due: 1, late
      ],
      { asOf: '2026-10-10' },
    );
    const [v2, v3, v4, v5] = krs(r);
    expect(v2).toMatchObject({ kind: 'milestone', due: '2026-09-30', score: 1, done: true });
    expect(v3).toMatchObject({ kind: 'milestone', due: '2026-09-30', score: 0, status: 'red' }); // past due
    expect(v4).toMatchObject({ kind: 'milestone', score: 1 });
    expect(v5).toMatchObject({ kind: 'milestone', score: 1, done: true, late: true });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
  test('a large number target with a numeric current is still an increase', () => {
    // Reach 50,000 users: 0 → 50000, current 25000 → 0.5
    const s = scoreKeyResultCells({ start: 0, target: 50000, current: 25000 });
    expect(s.kind).toBe('increase');
    close(s.score, 0.5);
  });
});

describe('audit: Date cells are read in the spreadsheet time zone when it is given', () => {
  test('a due date made at local midnight in Auckland (UTC+13) stays that date', () => {
    // 2026-11-30 00:00 NZDT = 2026-11-29T11:00Z; read in UTC it would round to 2026-11-29.
    const due = new Date('2026-11-29T11:00:00Z');
    const rows: Cell[][] = [
      ['Objective', 'Key result', 'Owner', 'Target', 'Current', 'Due'],
      ['Ship', 'Ship v2', 'ana', 'done', 'no', due],
    ];
    expect(krs(readSheet(rows, { asOf: '2026-08-16', timeZone: 'Pacific/Auckland' }))[0]!.due).toBe('2026-11-30');
    // New York midnight (UTC−5) as before
    const ny = new Date('2026-11-30T05:00:00Z');
    const r = readSheet([rows[0]!, ['Ship', 'Ship v2', 'ana', 'done', 'no', ny]], { asOf: '2026-08-16', timeZone: 'America/New_York' });
    expect(krs(r)[0]!.due).toBe('2026-11-30');
  });
});

describe('audit: settings problems name their own row', () => {
  test('amber above green is reported on the amber row', () => {
    const { settings, problems } = readSettings([
      ['Setting', 'Value'],
      ['Aspirational green at', 0.5],
      ['Aspirational amber at', 0.6],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 3, severity: 'error' });
    expect(problems[0]!.message).toMatch(/^Row 3, /);
    expect(settings.aspirationalGreen).toBe(0.7);
    expect(settings.aspirationalAmber).toBe(0.4);
  });
});

describe('audit: comment lines written as notes', () => {
  test('a lone "Note: …" cell is a comment line, skipped', () => {
    const r = readSheet(
      [
        HEAD,
        ['Grow', 'Leads from 100 to 200', 'ana', 100, 200, 150, 'Q3 2026'],
        ['Note: Ben updates leads on Fridays', '', '', '', '', '', ''],
        ['// internal', '', '', '', '', '', ''],
      ],
      { asOf: '2026-08-16' },
    );
    expect(r.objectives).toHaveLength(1);
    expect(r.skipped.map((s) => [s.row, s.reason])).toEqual([
      [3, 'comment line'],
      [4, 'comment line'],
    ]);
    expect(r.problems).toEqual([]);
  });
});

describe('audit: a wide KPI sheet with only names and period columns', () => {
  test('KPI | Jan | Feb | Mar: the header is found; latest actual and trend, grey with no target', () => {
    const r = readSheet([['KPI', 'Jan', 'Feb', 'Mar'], ['Revenue', 1, 2, 3]], { asOf: '2026-04-10' });
    expect(r.kind).toBe('kpi');
    expect(r.headerRow).toBe(1);
    expect(r.kpis[0]).toMatchObject({ name: 'Revenue', actual: 3, previous: 2, trend: 'up', status: 'grey' });
  });
});

describe('audit: headers people write', () => {
  test('Q3 Target / Progress % / Responsible person map to their concepts', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Responsible person', 'Start', 'Q3 Target', 'Progress %', 'Due date'],
        ['Ship', 'Ship v2', 'ana', '', '', 40, '2026-09-30'], // 40 in a progress column → 0.4
        ['', 'Leads from 0 to 100', 'ana', 0, 100, 50, ''], // 0.5
      ],
      { asOf: '2026-08-16' },
    );
    const [ship, leads] = krs(r);
    expect(ship).toMatchObject({ owner: 'ana', kind: 'milestone' });
    close(ship!.score, 0.4);
    close(leads!.score, 0.5);
  });
  test('Q1 Actual / Q2 Actual / Q3 Actual are period columns: the latest non-empty is the actual', () => {
    const r = readSheet([['KPI', 'Owner', 'Target', 'Q1 Actual', 'Q2 Actual', 'Q3 Actual'], ['NPS', 'ana', 50, 40, 45, '']], { asOf: '2026-08-16' });
    expect(r.kpis[0]).toMatchObject({ actual: 45, previous: 40, trend: 'up', status: 'amber' }); // 45 ≥ 45
  });
  test('German and French value headers', () => {
    const r = readSheet(
      [
        ['Ziel', 'Schlüsselergebnis', 'Verantwortlicher', 'Startwert', 'Zielwert', 'Aktueller Wert'],
        ['Wachsen', 'Leads von 100 auf 200', 'ana', 100, 200, 150],
      ],
      { asOf: '2026-08-16' },
    );
    expect(krs(r)[0]).toMatchObject({ owner: 'ana', start: 100, target: 200, current: 150, score: 0.5 });
  });
});

describe('audit: a KR with only a due date is never "not started"', () => {
  test('due Nov 30, no period, 40 % done in August: on track, not grey', () => {
    // The engine guesses the quarter of the due date (Q4) for t; before it starts t = 0, so every bar is 0.
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current', 'Due'],
        ['A', 'Leads from 0 to 100', 'ana', 0, 100, 40, '2026-11-30'],
        ['', 'Ship v2', 'ana', '', '2026-11-30', '40%', ''],
      ],
      { asOf: '2026-08-16' },
    );
    expect(krs(r).map((k) => [k.score, k.status])).toEqual([
      [0.4, 'green'],
      [0.4, 'green'],
    ]);
    expect(r.objectives[0]!.status).toBe('green');
  });
  test('with a Period column the period rule stands: before Q4 starts → grey', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current', 'Period'],
        ['A', 'Leads from 0 to 100', 'ana', 0, 100, 40, 'Q4 2026'],
      ],
      { asOf: '2026-08-16' },
    );
    expect(krs(r)[0]!.status).toBe('grey');
    expect(r.objectives[0]!.status).toBe('grey');
  });
});

describe('audit: outline in one title column without ids', () => {
  test('objective on its own row (no values), KRs with values below it, bullets dropped', () => {
    const r = readSheet(
      [
        ['Objective', 'Owner', 'Start', 'Target', 'Current'],
        ['Grow the business', 'ana', '', '', ''],
        ['  Leads from 100 to 200', 'ana', 100, 200, 150], // 0.5
        ['  Signups from 10 to 20', 'ana', 10, 20, 12], // 0.2
        ['Delight customers', 'ben', '', '', ''],
        ['• CSAT from 60 to 80', 'ben', 60, 80, 75], // 0.75
      ],
      { asOf: '2026-08-16' },
    );
    expect(r.objectives.map((o) => [o.row, o.title, o.keyResults.map((k) => [k.row, k.title])])).toEqual([
      [2, 'Grow the business', [[3, 'Leads from 100 to 200'], [4, 'Signups from 10 to 20']]],
      [5, 'Delight customers', [[6, 'CSAT from 60 to 80']]],
    ]);
    close(r.objectives[0]!.score, 0.35);
    close(r.objectives[1]!.score, 0.75);
    expect(r.problems).toEqual([]);
  });
  test('goals measured on their own rows stay objectives', () => {
    const r = readSheet(
      [
        ['Objective', 'Owner', 'Start', 'Target', 'Current'],
        ['Leads from 100 to 200', 'ana', 100, 200, 150],
        ['Signups from 10 to 20', 'ana', 10, 20, 15],
      ],
      { asOf: '2026-08-16' },
    );
    expect(r.objectives.map((o) => o.keyResults.length)).toEqual([1, 1]);
  });
});

describe('audit: a threshold KR (Kind column) with one number', () => {
  test('"Keep churn below 2%" is a <= band: 2.5 % → d = 0.5 points, w = 0.2 points → 0', () => {
    const s = scoreKeyResultCells({ start: '', target: '2%', current: '2.5%', kind: 'threshold', title: 'Keep churn below 2%' });
    expect(s.high).toBeCloseTo(0.02, 12);
    expect(s.low).toBeNull();
    expect(s.score).toBe(0);
    // 2.1 %: d = 0.1 points → 1 − 0.001/0.002 = 0.5
    close(scoreKeyResultCells({ start: '', target: '2%', current: '2.1%', kind: 'threshold', title: 'Keep churn below 2%' }).score, 0.5);
  });
  test('a start above the number also means "stay at or below": 3.2 vs <= 3 → 1 − 0.2/0.3', () => {
    close(scoreKeyResultCells({ start: 5, target: 3, current: 3.2, kind: 'threshold' }).score, 1 / 3);
  });
  test('otherwise "hold at least": 76 vs >= 80 → 0.5', () => {
    close(scoreKeyResultCells({ start: '', target: 80, current: 76, kind: 'threshold', title: 'Keep uptime at 80' }).score, 0.5);
  });
});

describe('audit: Green at / Red at are inclusive', () => {
  test('at the Green at value → green; at the Red at value → red', () => {
    expect(scoreKpiCells({ actual: 90, target: 100, greenAt: 90, redAt: 70 }).status).toBe('green');
    expect(scoreKpiCells({ actual: 70, target: 100, greenAt: 90, redAt: 70 }).status).toBe('red');
    expect(scoreKpiCells({ actual: 70.5, target: 100, greenAt: 90, redAt: 70 }).status).toBe('amber');
    expect(scoreKpiCells({ actual: 8, target: 5, direction: 'lower', greenAt: 5, redAt: 8 }).status).toBe('red');
    expect(scoreKpiCells({ actual: 7.9, target: 5, direction: 'lower', greenAt: 5, redAt: 8 }).status).toBe('amber');
  });
});

describe('audit: KPI unit "percent" puts bare numbers on the percent scale (as for KRs)', () => {
  test('target 5, actual 4.6, unit percent → 0.05 / 0.046 → amber (≥ 0.045)', () => {
    const s = scoreKpiCells({ actual: 4.6, target: 5, unit: 'percent' });
    close(s.target, 0.05);
    close(s.actual, 0.046);
    expect(s.status).toBe('amber');
  });
});

describe('audit: the same objective written again further down is one objective', () => {
  test('a sheet sorted by owner: Grow / Delight / Grow → two objectives', () => {
    const r = readSheet(
      [
        HEAD,
        ['Grow', 'Leads from 100 to 200', 'ana', 100, 200, 150, 'Q3 2026'], // 0.5
        ['Delight', 'CSAT from 60 to 80', 'ben', 60, 80, 70, 'Q3 2026'], // 0.5
        ['Grow', 'Signups from 10 to 20', 'cara', 10, 20, 20, 'Q3 2026'], // 1
      ],
      { asOf: '2026-08-16' },
    );
    expect(r.objectives.map((o) => [o.title, o.keyResults.map((k) => k.row)])).toEqual([
      ['Grow', [2, 4]],
      ['Delight', [3]],
    ]);
    close(r.objectives[0]!.score, 0.75);
  });
  test('same title in another period stays separate', () => {
    const r = readSheet(
      [
        HEAD,
        ['Grow', 'Leads from 100 to 200', 'ana', 100, 200, 150, 'Q2 2026'],
        ['Delight', 'CSAT from 60 to 80', 'ben', 60, 80, 70, 'Q3 2026'],
        ['Grow', 'Signups from 10 to 20', 'cara', 10, 20, 20, 'Q3 2026'],
      ],
      { asOf: '2026-08-16' },
    );
    expect(r.objectives.map((o) => o.title)).toEqual(['Grow', 'Delight', 'Grow']);
  });
});

describe('audit: wide sheet months without a year across the year end', () => {
  test('Nov | Dec | Jan: Jan is the latest (the sheet order), Dec the previous', () => {
    const r = readSheet([['KPI', 'Owner', 'Target', 'Nov', 'Dec', 'Jan'], ['NPS', 'ana', 50, 40, 45, 52]], { asOf: '2027-02-10' });
    expect(r.kpis[0]).toMatchObject({ actual: 52, previous: 45, trend: 'up', status: 'green' });
  });
  test('with years the columns are sorted by date whatever their order', () => {
    const r = readSheet([['KPI', 'Owner', 'Target', 'Jan 2027', 'Nov 2026', 'Dec 2026'], ['NPS', 'ana', 50, 52, 40, 45]], { asOf: '2027-02-10' });
    expect(r.kpis[0]).toMatchObject({ actual: 52, previous: 45 });
  });
});

describe('audit: KR text asking for a baseline', () => {
  test.each(['Establish a baseline for monthly attrition', 'Measure NPS for the first time', 'Benchmark page load time'])('%s, no target → baseline', (title) => {
    expect(scoreKeyResultCells({ start: '', target: '', current: '', title }).kind).toBe('baseline');
  });
});

describe('audit: samples through readPastedTable + readSheet', () => {
  const sample = (name: string) => readFileSync(resolve(__dirname, '../fixtures/samples', name), 'utf8');
  test('NetSuite comparative income statement: a wide KPI sheet, Jun 2025 is the actual, May 2025 the previous', () => {
    const t = readPastedTable(sample('finance/netsuite_comparative_income_statement_real.csv'));
    const r = readSheet(t.values, { asOf: '2025-07-15' });
    expect(r.kind).toBe('kpi');
    const license = r.kpis.find((k) => k.name === '40001 - Revenue - license')!;
    expect(license).toMatchObject({ actual: 1192600.39, previous: 1115498.08, trend: 'up', status: 'grey' });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
  test('French Excel KPI export: Objectif is the target, <= 2 % makes churn a lower KPI', () => {
    const t = readPastedTable(sample('finance/excel_fr_locale_kpi_semicolon_nbsp_constructed.csv'));
    const r = readSheet(t.values, { asOf: '2026-02-28' });
    expect(r.kind).toBe('kpi');
    // 1 234 567,89 € against 1 300 000 €: ≥ 1 170 000 → amber; 41,2 % vs 40 % → green; 2,4 % vs <= 2 % → 0.024 > 0.022 → red
    expect(r.kpis.slice(0, 3).map((k) => [k.direction, k.status])).toEqual([
      ['higher', 'amber'],
      ['higher', 'green'],
      ['lower', 'red'],
    ]);
  });
});

describe('audit: "no value yet" placeholders in Current / Actual are no data, not errors', () => {
  test.each(['-', 'N/A', 'TBD', '#N/A', '#DIV/0!'])('KR current %s → no score, grey, no error', (current) => {
    const r = readSheet([HEAD, ['Grow', 'Leads from 100 to 200', 'ana', 100, 200, current, 'Q3 2026']], { asOf: '2026-08-16' });
    expect(krs(r)[0]).toMatchObject({ score: null, status: 'grey', current: null });
    expect(r.problems).toEqual([]);
  });
  test.each(['-', 'n/a', '#N/A'])('KPI actual %s → grey, no error', (actual) => {
    const s = scoreKpiCells({ actual, target: 100 });
    expect(s.status).toBe('grey');
    expect(s.error).toBeNull();
  });
});

describe('audit: a "completion date" after the as-of date is a plan, not done', () => {
  test('current 2026-09-15 at asOf 2026-08-16 → not done, 0, with a warning', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Target', 'Current', 'Period'],
        ['Ship', 'Ship v2', 'ana', '2026-09-30', '2026-09-15', 'Q3 2026'],
        ['', 'Ship v3', 'ana', '2026-09-30', '2026-08-10', 'Q3 2026'],
      ],
      { asOf: '2026-08-16' },
    );
    const [v2, v3] = krs(r);
    expect(v2).toMatchObject({ score: 0, done: false, status: 'grey' });
    expect(v3).toMatchObject({ score: 1, done: true, late: false, status: 'green' });
    expect(r.problems.map((p) => [p.row, p.severity])).toEqual([[2, 'warning']]);
  });
});

describe('audit: relative targets as people write them', () => {
  test.each<[Cell, Cell, Cell, number, number]>([
    // [start, target, current, resolved target, score]
    [100, '−5', 97, 95, 0.6], // Unicode minus: 100 − 5; (97 − 100) / (95 − 100)
    [100, '+$50k', 25_100, 50_100, 0.5], // 100 + 50 000
    [100, '+1.5k', 850, 1_600, 0.5],
    [100, '+10 %', 105, 110, 0.5],
    [1200, '+10%', 1254, 1320, 0.45], // the team sample: (1254 − 1200) / 120
  ])('start %s, target %s → %s', (start, target, current, resolved, score) => {
    const s = scoreKeyResultCells({ start, target, current });
    close(s.target, resolved);
    close(s.score, score);
  });
  test('percentage points: 65% + 5pp = 70%', () => {
    // (68 − 65) / (70 − 65) = 0.6
    const s = scoreKeyResultCells({ start: '65%', target: '+5pp', current: '68%' });
    close(s.target, 0.7);
    close(s.score, 0.6);
  });
  test('a signed KPI target is that number (a KPI has no start)', () => {
    expect(scoreKpiCells({ actual: -4, target: '-5' })).toMatchObject({ target: -5, status: 'green' });
  });
});

describe('audit: a period written as explicit start and end dates', () => {
  test.each([
    ['2026-07-01 – 2026-09-30'],
    ['Jul 1 to Sep 30, 2026'],
    ['1/7/2026 - 30/9/2026'],
  ])('%s = Q3 2026 (t = 0.5 at 2026-08-16)', (period) => {
    const r = readSheet([HEAD, ['Grow', 'Leads from 0 to 100', 'ana', 0, 100, 40, period]], { asOf: '2026-08-16' });
    const kr = krs(r)[0]!;
    close(kr.elapsed, 0.5);
    expect(kr.status).toBe('green'); // 0.4 ≥ 0.35
    expect(r.problems).toEqual([]);
  });
});

describe('audit: Objective | KPI | Baseline | Target | Actual is a KPI register', () => {
  test('a column named KPI with a baseline stays a KPI sheet', () => {
    const r = readSheet(
      [
        ['Objective', 'KPI', 'Owner', 'Baseline', 'Target', 'Actual'],
        ['Grow', 'Revenue', 'ana', 80, 100, 95], // amber
        ['', 'Leads', 'ana', 40, 50, 50], // green
      ],
      { asOf: '2026-08-16' },
    );
    expect(r.kind).toBe('kpi');
    expect(r.kpis.map((k) => k.status)).toEqual(['amber', 'green']);
  });
  test('with a Period column it is an OKR sheet whose KRs are the KPIs', () => {
    const r = readSheet(
      [
        ['Objective', 'KPI', 'Owner', 'Baseline', 'Target', 'Actual', 'Period'],
        ['Grow', 'Revenue', 'ana', 80, 100, 90, 'Q3 2026'], // (90 − 80) / 20 = 0.5
      ],
      { asOf: '2026-08-16' },
    );
    expect(r.kind).toBe('okr');
    close(krs(r)[0]!.score, 0.5);
  });
});
