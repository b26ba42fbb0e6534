import { describe, expect, test } from 'vitest';
import type { Cell } from '../../shared/types';
import { HISTORY_COLUMNS } from '../../shared/history-columns';
import type { PendingCheckIn } from '../../extension/types';
import { checkInPlan, sameCell } from '../../extension/check-in-plan';
import { checkInPreview } from '../../extension/check-in-preview';

const NOW = new Date('2026-11-16T12:00:00Z');
const header = ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current', 'Confidence', 'Scorecard id'];
const sheet = (): Cell[][] => [
  header,
  ['Grow revenue', 'Reach 100 customers', 'ana@example.com', 0, 100, 40, '', 'k1'],
  ['', 'Cut churn from 5% to 3%', 'ana@example.com', 0.05, 0.03, 0.045, '', 'k2'],
];

function pending(over: Partial<PendingCheckIn> = {}): PendingCheckIn {
  return {
    id: 'c1', spreadsheetId: 's', tab: 'OKRs', key: 'k1', row: 2, objective: 'Grow revenue', keyResult: 'Reach 100 customers', owner: 'ana@example.com',
    shownCurrent: 40, current: 55, confidenceText: '', confidence: null, note: 'Two deals closed', by: 'ana@example.com', date: '2026-11-16',
    createdAt: 0, state: 'waiting', message: null, attempts: 0, ...over,
  };
}

describe('checkInPlan', () => {
  test('no history tab: Current cell, then the tab header and the row, in one batchUpdate; the score is the engine\u2019s from the written values', () => {
    const plan = checkInPlan({ values: sheet(), settingsValues: null, historyValues: null }, pending(), NOW, 'UTC');
    expect(plan.kind).toBe('write');
    if (plan.kind !== 'write') return;
    expect(plan.addHistoryTab).toBe(true);
    expect(plan.data.map((d) => d.range)).toEqual(["'OKRs'!F2", "'Scorecard history'!A1:L2"]);
    expect(plan.data[0]!.values).toEqual([[55]]);
    expect(plan.data[1]!.values[0]).toEqual([...HISTORY_COLUMNS]);
    expect(plan.data[1]!.values[1]).toEqual(['2026-11-16', 'OKRs', 'k1', 'Grow revenue', 'Reach 100 customers', 'ana@example.com', 55, plan.kr.score, plan.kr.status, '', 'Two deals closed', 'ana@example.com']);
    expect(plan.kr.current).toBe(55);
    expect(plan.kr.score).toBeCloseTo(0.55, 6);
    expect(plan.values[1]![5]).toBe(55);
  });

  test('with a Confidence column and a confidence: that cell too, as typed (number or words); history has the fraction', () => {
    const plan = checkInPlan({ values: sheet(), settingsValues: null, historyValues: null }, pending({ confidenceText: 'at risk', confidence: 0.5 }), NOW, 'UTC');
    if (plan.kind !== 'write') throw new Error(plan.kind);
    expect(plan.data.slice(0, 2)).toEqual([
      { range: "'OKRs'!F2", values: [[55]] },
      { range: "'OKRs'!G2", values: [['at risk']] },
    ]);
    expect(plan.data[2]!.values[1]![9]).toBe(0.5);
    const seven = checkInPlan({ values: sheet(), settingsValues: null, historyValues: null }, pending({ confidenceText: '7', confidence: 0.7 }), NOW, 'UTC');
    if (seven.kind !== 'write') throw new Error(seven.kind);
    expect(seven.data[1]!.values).toEqual([[7]]);
  });

  test("today's row by the same person for that KR is replaced; else the next row after the last", () => {
    const history: Cell[][] = [
      [...HISTORY_COLUMNS],
      ['2026-11-15', 'OKRs', 'k1', 'Grow revenue', 'Reach 100 customers', '', 30, 0.3, 'red', '', '', ''],
      ['2026-11-16', 'OKRs', 'k1', 'Grow revenue', 'Reach 100 customers', '', 50, 0.5, 'amber', '', 'earlier today', 'ana@example.com'],
      ['2026-11-16', 'OKRs', 'k2', 'Grow revenue', 'Cut churn', '', 0.045, 0.25, 'red', '', '', ''],
    ];
    const replace = checkInPlan({ values: sheet(), settingsValues: null, historyValues: history }, pending(), NOW, 'UTC');
    if (replace.kind !== 'write') throw new Error(replace.kind);
    expect(replace.addHistoryTab).toBe(false);
    expect(replace.data.at(-1)!.range).toBe("'Scorecard history'!A3:L3");
    const append = checkInPlan({ values: sheet(), settingsValues: null, historyValues: history }, pending({ by: 'ben@example.com' }), NOW, 'UTC');
    if (append.kind !== 'write') throw new Error(append.kind);
    expect(append.data.at(-1)!.range).toBe("'Scorecard history'!A5:L5");
    expect(append.historyValues).toHaveLength(5);
  });

  test('a retry finds the check-in already in the history: already sent, nothing written', () => {
    const history: Cell[][] = [[...HISTORY_COLUMNS], ['2026-11-16', 'OKRs', 'k1', 'Grow revenue', 'Reach 100 customers', '', 55, 0.55, 'amber', '', 'Two deals closed', 'ana@example.com']];
    const values = sheet();
    values[1]![5] = 55;
    expect(checkInPlan({ values, settingsValues: null, historyValues: history }, pending(), NOW, 'UTC')).toEqual({ kind: 'already-sent' });
    // Same day, same person, another value: not the same check-in, it replaces that row.
    expect(checkInPlan({ values, settingsValues: null, historyValues: history }, pending({ current: 60, shownCurrent: 55 }), NOW, 'UTC').kind).toBe('write');
  });

  test('a moved row: found again by its key and written on its new row', () => {
    const values = sheet();
    values.splice(1, 0, ['Grow revenue', 'A new KR above', 'ben@example.com', 0, 10, 5, '', 'k9']);
    const plan = checkInPlan({ values, settingsValues: null, historyValues: null }, pending(), NOW, 'UTC');
    if (plan.kind !== 'write') throw new Error(plan.kind);
    expect(plan.row).toBe(3);
    expect(plan.data[0]!.range).toBe("'OKRs'!F3");
    expect(plan.values[1]![5]).toBe(5);
  });

  test('the Current cell changed since the popup showed it: a conflict, unless the person chose to overwrite', () => {
    const values = sheet();
    values[1]![5] = 47;
    expect(checkInPlan({ values, settingsValues: null, historyValues: null }, pending(), NOW, 'UTC')).toEqual({ kind: 'conflict', sheetCurrent: 47, row: 2 });
    expect(checkInPlan({ values, settingsValues: null, historyValues: null }, pending({ overwrite: true }), NOW, 'UTC').kind).toBe('write');
  });

  test('the KR is gone (no row with its key): not found, with a sentence', () => {
    const values = sheet().slice(0, 1);
    const plan = checkInPlan({ values: [...values, ['Grow revenue', 'Something else', 'x', 0, 1, 0, '', 'k5']], settingsValues: null, historyValues: null }, pending(), NOW, 'UTC');
    expect(plan).toEqual({ kind: 'not-found', message: expect.stringContaining('Reach 100 customers') });
  });

  test('text that is not a number is written exactly as typed (a formula-looking text stays text)', () => {
    const plan = checkInPlan({ values: sheet(), settingsValues: null, historyValues: null }, pending({ current: '=HYPERLINK("x")' }), NOW, 'UTC');
    if (plan.kind !== 'write') throw new Error(plan.kind);
    expect(plan.data[0]!.values).toEqual([['=HYPERLINK("x")']]);
  });
});

describe('checkInPreview', () => {
  test.each([
    ['55', 55, /^55 → score 0\.55, /],
    ['1,234', 1234, /^1,234 → score 1\.00, /],
    ['done soon', 'done soon', /^done soon → /],
  ])('%s is read as %s and shown with its score', (typed, value, text) => {
    const preview = checkInPreview(sheet(), null, 'UTC', 2, typed, NOW);
    expect(preview.value).toBe(value);
    expect(preview.text).toMatch(text);
    expect(preview.shownCell).toBe(40);
  });

  test("in the sheet's locale: 1.234,5 in de-DE", () => {
    const settings: Cell[][] = [['Setting', 'Value'], ['Locale', 'de-DE']];
    expect(checkInPreview(sheet(), settings, 'UTC', 2, '12,5', NOW).value).toBe(12.5);
  });

  test('a row that is not a KR gives no score', () => {
    expect(checkInPreview(sheet(), null, 'UTC', 1, '5', NOW)).toMatchObject({ kr: null, text: '' });
  });
});

test('sameCell', () => {
  expect(sameCell(40, 40.0000000001)).toBe(true);
  expect(sameCell('', null)).toBe(true);
  expect(sameCell(' x ', 'x')).toBe(true);
  expect(sameCell(40, '41')).toBe(false);
  expect(sameCell('', 0)).toBe(false);
});
