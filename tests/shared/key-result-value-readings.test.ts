import { describe, expect, test } from 'vitest';
import { scoreKeyResultCells } from '../../shared/score-key-result-cells';
import { readTarget } from '../../shared/read-target';
import { titleValues } from '../../shared/title-values';
import { valueNote } from '../../shared/value-note';
import { noValue } from '../../shared/no-value';
import { pasteCell } from '../../shared/paste-cell';

describe('numbers with a note (docs/scoring.md, "Reading values")', () => {
  test.each([
    // [written, value, note]
    ['90 (31.5% of 286)', '90', '31.5% of 286'],
    ['38% (beta)', '38%', 'beta'],
    ['~40', '40', '~'],
    ['≈ 40', '40', '≈'],
    ['approx. 40', '40', 'approx.'],
    ['about 40', '40', 'about'],
    ['40*', '40', '*'],
    ['40 [est]', '40', 'est'],
  ])('valueNote(%s) → %s + %s', (written, value, note) => {
    expect(valueNote(written)).toEqual({ value, note });
  });

  test.each(['40', '(1,234.50)', '(est)', 'abc', ''])('valueNote(%s) is null: no note, or nothing but a note', (written) => {
    expect(valueNote(written)).toBeNull();
  });

  test.each([
    // [current as written, current read, note]
    ['90 (31.5% of 286)', 90, '31.5% of 286'],
    ['~40', 40, '~'],
    ['approx. 40', 40, 'approx.'],
    ['40*', 40, '*'],
  ])('current %s on a 0 → 100 KR reads %s, note kept', (current, value, note) => {
    const r = scoreKeyResultCells({ start: 0, target: 100, current });
    expect(r.error).toBeNull();
    expect(r.current).toBe(value);
    expect(r.score).toBeCloseTo(value / 100, 10);
    expect(r.currentNote).toBe(note);
  });

  test('38% (beta) is 0.38 and keeps the percent scale of its row', () => {
    const r = scoreKeyResultCells({ start: 30, target: 50, current: '38% (beta)' });
    expect(r.error).toBeNull();
    expect([r.start, r.target, r.current]).toEqual([0.3, 0.5, 0.38]);
    expect(r.score).toBeCloseTo(0.4, 10);
    expect(r.currentNote).toBe('beta');
  });

  test('a % inside the note does not put the row on the percent scale', () => {
    const r = scoreKeyResultCells({ start: 50, target: 150, current: '90 (31.5% of 286)' });
    expect([r.start, r.target, r.current]).toEqual([50, 150, 90]);
    expect(r.score).toBeCloseTo(0.4, 10);
  });

  test('notes on start and target are kept too', () => {
    const r = scoreKeyResultCells({ start: '~20', target: '40* (stretch)', current: 30 });
    expect(r.error).toBeNull();
    expect([r.start, r.target, r.current, r.score]).toEqual([20, 40, 30, 0.5]);
    expect(r.startNote).toBe('~');
    expect(r.targetNote).toBe('* stretch');
  });
});

describe('placeholder words are blank, never errors', () => {
  const placeholders = ['-', '—', 'n/a', 'N/A', 'TBD', 'pending', 'Pending', 'no target', 'No target', 'not available', 'unknown', '?'];

  test.each(placeholders)('current %s: no score, grey data, no error', (current) => {
    const r = scoreKeyResultCells({ start: 10, target: 20, current });
    expect(r.error).toBeNull();
    expect(r.current).toBeNull();
    expect(r.score).toBeNull();
  });

  test.each(placeholders.filter((p) => p !== 'TBD'))('target %s: blank target, no error', (target) => {
    const r = scoreKeyResultCells({ start: 10, target, current: 12 });
    expect(r.error).toBeNull();
    expect(r.target).toBeNull();
    expect(r.score).toBeNull();
  });

  test('target TBD stays a baseline KR (docs/scoring.md, "Key result kinds")', () => {
    expect(scoreKeyResultCells({ start: '', target: 'TBD', current: 12 }).kind).toBe('baseline');
  });

  test.each(placeholders)('start %s: no start, no error', (start) => {
    const r = scoreKeyResultCells({ start, target: 200, current: 50 });
    expect(r.error).toBeNull();
    expect(r.start).toBeNull();
    expect(r.score).toBeCloseTo(0.25, 10);
  });

  test('a milestone that is pending is still not started (0, counted), not blank', () => {
    const r = scoreKeyResultCells({ start: '', target: 'Shipped', current: 'pending' });
    expect(r).toMatchObject({ kind: 'milestone', score: 0, pending: true });
  });

  test('the words are blank only in value cells: a pasted Status of Pending stays text', () => {
    expect(noValue('Pending', true)).toBe(true);
    expect(noValue('Pending')).toBe(false);
    expect(pasteCell('Pending', '.').value).toBe('Pending');
    expect(pasteCell('n/a', '.').value).toBe('');
  });
});

describe('relative targets in words resolve against the start', () => {
  test.each([
    // [target as written, start, resolved target, kind]
    ['50% reduction', 40, 20, 'decrease'],
    ['reduce by 20%', 50, 40, 'decrease'],
    ['Reduce by 20 %', 50, 40, 'decrease'],
    ['cut 20%', 50, 40, 'decrease'],
    ['20% increase', 50, 60, 'increase'],
    ['increase by 5', 50, 55, 'increase'],
    ['double', 50, 100, 'increase'],
    ['halve', 50, 25, 'decrease'],
    ['2x', 50, 100, 'increase'],
    ['x2', 50, 100, 'increase'],
    ['+10%', 50, 55, 'increase'],
  ] as const)('%s from %s → %s (%s)', (target, start, resolved, kind) => {
    const r = scoreKeyResultCells({ start, target, current: '' });
    expect(r.error).toBeNull();
    expect(r.kind).toBe(kind);
    expect(r.target).toBeCloseTo(resolved, 10);
  });

  test('50% reduction from 40: target 20, and the actual is not rescaled as a percent', () => {
    const r = scoreKeyResultCells({ start: 40, target: '50% reduction', current: 30 });
    expect([r.start, r.target, r.current]).toEqual([40, 20, 30]);
    expect(r.kind).toBe('decrease');
    expect(r.score).toBeCloseTo(0.5, 10);
  });

  test('a relative target in words with no start is an error on that row', () => {
    const r = scoreKeyResultCells({ start: '', target: '50% reduction', current: 30 });
    expect(r.score).toBeNull();
    expect(r.error).toMatchObject({ column: 'target', value: '50% reduction' });
  });

  test.each(['75%', '$200k', 'Done', '70-80%', 'between 70 and 80', '2026-11-30', 'abc'])('%s is not a relative target', (target) => {
    expect(readTarget(target).type).not.toBe('relative');
  });
});

describe('values from the KR text when Start or Target is empty', () => {
  test.each([
    // [title, start, target, kind]
    ['from 22.4% to 26%', '22.4%', '26%', null],
    ['22.4 % → 26 %', '22.4 %', '26 %', null],
    ['12 -> 7 days', '12', '7', null],
    ['$1.9M → $0.5M', '$1.9M', '$0.5M', null],
    ['↑ 6.3 % → 10 %', '6.3 %', '10 %', 'increase'],
    ['GM% ↑ from 22.4 % → 26 %', '22.4 %', '26 %', 'increase'],
    ['Cut onboarding from 12 to 7 days', '12', '7', 'decrease'],
    ['Lower p95 latency 900ms → 400ms', '900', '400', 'decrease'],
    ['Raise NPS', null, null, 'increase'],
    ['↓ churn', null, null, 'decrease'],
    ['Move from Q3 → Q4', null, null, null],
    ['Upgrade v1 -> v2', null, null, null],
    ['Key result 12', null, null, null],
    ['KR2: Reduce churn to 2%', null, null, 'decrease'],
    ['Lower-tier customers onboarded: 50', null, null, null],
    ['Onboard 40 lower-tier customers', null, null, null],
    ['Grow revenue from 2025 to 2026 levels', null, null, 'increase'],
    ['Grow stores from 1200 to 2000', '1200', '2000', 'increase'],
  ] as const)('%s', (title, start, target, kind) => {
    expect(titleValues(title)).toEqual({ start, target, kind });
  });

  test.each([
    // [title, current, start, target, current read, kind, score]
    ['GM% ↑ from 22.4 % → 26 %', '24.2%', 0.224, 0.26, 0.242, 'increase', 0.5],
    ['Cut onboarding 12 -> 7 days', 9.5, 12, 7, 9.5, 'decrease', 0.5],
    ['Cut burn $1.9M → $0.5M', '$1.2M', 1.9e6, 0.5e6, 1.2e6, 'decrease', 0.5],
    ['↑ 6.3 % → 10 %', 8.15, 0.063, 0.1, 0.0815, 'increase', 0.5],
  ] as const)('%s, current %s: scored from the text', (title, current, start, target, read, kind, score) => {
    const r = scoreKeyResultCells({ start: '', target: '', current, title });
    expect(r.error).toBeNull();
    expect(r.kind).toBe(kind);
    expect(r.start).toBeCloseTo(start, 10);
    expect(r.target).toBeCloseTo(target, 10);
    expect(r.current).toBeCloseTo(read, 10);
    expect(r.score).toBeCloseTo(score, 10);
  });

  test('only the empty cell comes from the text: a written target wins', () => {
    const r = scoreKeyResultCells({ start: '', target: '30%', current: '26%', title: 'Raise GM from 22% to 28%' });
    expect([r.start, r.target, r.current]).toEqual([0.22, 0.3, 0.26]);
  });

  test('a milestone state in Current takes nothing from the text', () => {
    const r = scoreKeyResultCells({ start: '', target: '', current: 'done', title: 'Migrate v1 → v2 of 3 services' });
    expect(r).toMatchObject({ kind: 'milestone', done: true, score: 1 });
  });

  test('a KR whose words say it goes down, with a target but no start, is unscored with a problem (never green from 0)', () => {
    const r = scoreKeyResultCells({ start: '', target: '2%', current: '3%', title: 'Reduce churn to 2%' });
    expect(r.score).toBeNull();
    expect(r.error).toMatchObject({ column: 'start', value: '' });
    expect(r.error!.message).toMatch(/write the start value/);
  });

  test('a KR whose words say it goes up, with no start, counts from 0 as before', () => {
    const r = scoreKeyResultCells({ start: '', target: 200, current: 50, title: 'Grow signups to 200' });
    expect(r).toMatchObject({ kind: 'increase', error: null });
    expect(r.score).toBeCloseTo(0.25, 10);
  });
});

describe('percent points (docs/scoring.md, "Key result scores") with notes and relative readings', () => {
  test.each([
    // [start, target, current, start read, target read, current read]
    [65, '75% (stretch)', 71, 0.65, 0.75, 0.71],
    ['65% (Q1)', 75, '71 (est.)', 0.65, 0.75, 0.71],
    ['~65%', '~75', '71*', 0.65, 0.75, 0.71],
  ] as const)('%s → %s, current %s: one scale', (start, target, current, s, t, c) => {
    const r = scoreKeyResultCells({ start, target, current });
    expect(r.error).toBeNull();
    expect(r.start).toBeCloseTo(s, 10);
    expect(r.target).toBeCloseTo(t, 10);
    expect(r.current).toBeCloseTo(c, 10);
    expect(r.score).toBeCloseTo(0.6, 10);
  });

  test('a relative percent target on a percent row: 65% + 10% relative = 71.5%', () => {
    const r = scoreKeyResultCells({ start: '65%', target: '10% increase', current: 70 });
    expect(r.target).toBeCloseTo(0.715, 10);
    expect(r.current).toBeCloseTo(0.7, 10);
  });

  test('a relative target in words is not a percent written: bare start and current stay as they are', () => {
    const r = scoreKeyResultCells({ start: 200, target: 'reduce by 25%', current: 180 });
    expect([r.start, r.target, r.current]).toEqual([200, 150, 180]);
    expect(r.score).toBeCloseTo(0.4, 10);
  });
});

describe('Progress % as the current value (a target of 100)', () => {
  test.each([
    // [start, target, progress, current read, score]
    [1_000_000, 2_000_000, 50, 1_500_000, 0.5],
    [45, 30, '40%', 39, 0.4],
    ['', 12, 58, 6.96, 0.58],
    [0, 100, 0.25, 25, 0.25],
    [10, 20, 130, 23, 1],
  ] as const)('%s → %s at %s complete: current %s, score %s', (start, target, progress, current, score) => {
    const r = scoreKeyResultCells({ start, target, current: progress }, { currentIsPercentComplete: true });
    expect(r.error).toBeNull();
    expect(r.current).toBeCloseTo(current, 6);
    expect(r.score).toBeCloseTo(score, 10);
  });
});
