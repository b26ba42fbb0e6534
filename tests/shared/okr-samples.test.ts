import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { readSheet } from '../../shared/read-sheet';
import { readPastedTable } from '../../shared/read-pasted-table';

const SAMPLES = resolve(__dirname, '../fixtures/samples/okr');
const read = (name: string) => readFileSync(resolve(SAMPLES, name), 'utf8');
const csv = (name: string) => Papa.parse<string[]>(read(name), { skipEmptyLines: false }).data;

describe('OKR samples read without errors', () => {
  test('team Google Sheet paste (TSV): every KR scored as worked by hand', () => {
    const values = read('okr_team_google_sheet_paste_constructed.tsv').replace(/\n$/, '').split('\n').map((l) => l.split('\t'));
    const r = readSheet(values, { asOf: '2026-08-16' });
    expect(r.headerRow).toBe(3);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const krs = r.objectives.flatMap((o) => o.keyResults.map((k) => [o.title, k.title, k.kind, k.score === null ? null : Math.round(k.score * 100) / 100, k.status]));
    // t = 46/92 = 0.5 on 2026-08-16; committed bars: green 0.5, amber 0.35; aspirational: 0.35, 0.2
    expect(krs).toEqual([
      ['O1: Delight new customers', 'Raise onboarding CSAT from 65% to 75%', 'increase', 0.6, 'green'],
      ['O1: Delight new customers', 'Cut time-to-first-value from 12 to 7 days', 'decrease', 0.5, 'green'],
      ['O1: Delight new customers', 'Ship self-serve billing', 'milestone', 0, 'grey'],
      ['O2: Grow efficiently', '+10% qualified leads', 'increase', 0.45, 'amber'],
      ['O2: Grow efficiently', 'Keep infra utilisation between 70-80%', 'threshold', 0.7, 'amber'],
      ['O2: Grow efficiently', 'Reduce monthly burn to $200k', 'decrease', 0.37, 'amber'],
      ['O2: Grow efficiently', 'Establish a baseline for monthly logo churn', 'baseline', null, 'grey'],
    ]);
    expect(r.objectives.map((o) => [o.commitment, Math.round(o.score! * 1000) / 1000])).toEqual([
      ['committed', Math.round(((0.6 + 0.5 + 0) / 3) * 1000) / 1000],
      ['committed', Math.round(((0.45 + 0.7 + 0.37) / 3) * 1000) / 1000],
    ]);
    expect(r.skipped).toEqual([
      { row: 11, reason: 'blank row' },
      { row: 12, reason: 'total row "Average"' },
    ]);
    // "Nov 30" takes the period's year and lies outside Q3 2026
    expect(r.problems).toEqual([expect.objectContaining({ row: 6, column: 'Due', severity: 'warning' })]);
  });

  test('BigPicture import: Order hierarchy and Type rows', () => {
    const r = readSheet(csv('okr_import_bigpicture_constructed.csv'), { asOf: '2025-08-16' });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const o = r.objectives.find((x) => x.title === 'Optimize sales processes')!;
    expect(o.keyResults.map((k) => [k.kind, k.score])).toEqual([
      ['increase', (141 - 120) / 40],
      ['decrease', (41 - 45) / (30 - 45)],
    ]);
  });

  test('Peoplebox import: parent row ids, comma-separated owners, binary and dollar goals', () => {
    const r = readSheet(csv('okr_import_peoplebox_constructed.csv'), { asOf: '2026-08-16' });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.objectives.map((o) => [o.title, o.keyResults.map((k) => [k.kind, k.score === null ? null : Math.round(k.score * 1000) / 1000])])).toEqual([
      ['Become the default tool for finance teams', [['increase', 0.528], ['increase', 0.4], ['milestone', 0]]],
      ['Reduce monthly burn', [['decrease', 0.37]]],
    ]);
  });

  test('Betterworks import: goal/milestone rows, progress 0-100', () => {
    const r = readSheet(csv('okr_import_betterworks_goal_milestone_constructed.csv'), { asOf: '2026-08-16' });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const first = r.objectives[0]!;
    expect(first.title).toBe('Grow enterprise revenue');
    expect(first.keyResults[0]).toMatchObject({ title: 'Close 12 enterprise deals', current: 0.58, score: 0.58 });
  });

  test('Metricor rows wrapped in quotes: objectives with ids, no errors', () => {
    const table = readPastedTable(read('okr_rows_wrapped_in_quotes_metricor_real.csv'));
    const r = readSheet(table.values, { asOf: '2025-08-16' });
    expect(r.kind).toBe('okr');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.objectives[0]!.title).toBe('Improve release predictability');
  });
});
