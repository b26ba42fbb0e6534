import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { readSheet } from '../../shared/read-sheet';
import { parentRef } from '../../shared/parent-ref';
import type { Cell, ObjectiveResult, SheetReport } from '../../shared/types';

const close = (a: number | null | undefined, b: number) => expect(a).toBeCloseTo(b, 10);
const objective = (r: SheetReport, title: string): ObjectiveResult => r.objectives.find((o) => o.title === title)!;
const keyResult = (r: SheetReport, title: string) => r.objectives.flatMap((o) => o.keyResults).find((k) => k.title === title)!;
const errors = (r: SheetReport) => r.problems.filter((p) => p.severity === 'error');

/**
 * An OKR tool's export (the layout of Viva Goals / Ally.io exports, written here with real metrics):
 * objectives, child objectives aligned by `Id: N` with a weight, key results aligned by title, and
 * deliverables / initiatives aligned to a key result or an objective. Q3 2026, as of 2026-08-15:
 * t = 45 / 92 = 0.489; committed bars green 0.489, amber 0.342; aspirational green 0.342, amber 0.196.
 */
const EXPORT: Cell[][] = [
  ['Id', 'Title', 'Owner', 'Period', 'Aligned To', 'Metric Name', 'Unit', 'Target', 'Object Type', 'Goal Type', 'Start', 'Progress %', 'Status'],
  [100, 'Grow the business in Europe', 'Ana', 'Q3 2026', '', 'Progress', '%', 100, 'Objective', 'Committed goal', 0, 55, 'On Track'],
  [110, 'Win mid-market EMEA', 'Bo', 'Q3 2026', 'Grow the business in Europe(weight: 60%, Id: 100)', 'Progress', '%', 100, 'Objective', 'Aspirational goal', 0, 50, 'On Track'],
  [111, 'Grow EMEA ARR', 'Bo', 'Q3 2026', 'Win mid-market EMEA', 'ARR', '$', 2_000_000, 'Key result', '', 1_000_000, 50, 'On Track'],
  [112, 'Cut onboarding time', 'Cy', 'Q3 2026', 'Win mid-market EMEA', 'Days to onboard', 'days', 7, 'Key result', '', 12, 40, 'At Risk'],
  [113, 'Ship the EMEA billing page', 'Cy', 'Q3 2026', 'Grow EMEA ARR(weight: 0%, Id: 111)', 'Progress', '%', 100, 'Deliverable', '', 0, 80, 'On Track'],
  [120, '**Keep customers** happy', 'Di', 'Q3 2026', 'Grow the business in Europe(weight: 40%, Id: 100)', 'Progress', '%', 100, 'Objective', 'Committed goal', 0, '', ''],
  [121, 'Raise NPS', 'Di', 'Q3 2026', 'Keep customers happy', 'NPS', '', 50, 'Key result', '', 30, 75, 'On Track'],
  [122, 'Reduce churn', 'Di', 'Q3 2026', 'Keep customers happy', 'Monthly churn', '%', 2, 'Key result', '', 4, 25, 'Behind'],
  [123, 'Run quarterly business reviews', 'Di', 'Q3 2026', 'Keep customers happy(weight: 0%, Id: 120)', 'Progress', '%', 100, 'Initiative', '', 0, 30, 'On Track'],
];

describe('OKR-tool exports (docs/scoring.md, "Reading values")', () => {
  const r = readSheet(EXPORT, { asOf: '2026-08-15' });

  test('the export reads as an OKR sheet: objectives with their key results, not KPIs named Progress', () => {
    expect(r.kind).toBe('okr');
    expect(r.kpis).toEqual([]);
    expect(r.objectives.map((o) => [o.row, o.title, o.parentRow ?? null, o.keyResults.map((k) => k.title)])).toEqual([
      [2, 'Grow the business in Europe', null, []],
      [3, 'Win mid-market EMEA', 2, ['Grow EMEA ARR', 'Cut onboarding time']],
      [7, 'Keep customers happy', 2, ['Raise NPS', 'Reduce churn']],
    ]);
    expect(r.problems).toEqual([]);
  });

  test('Goal Type is the commitment; a key result takes its objective\'s', () => {
    expect(r.objectives.map((o) => o.commitment)).toEqual(['committed', 'aspirational', 'committed']);
    expect(r.objectives.flatMap((o) => o.keyResults.map((k) => k.commitment))).toEqual(['aspirational', 'aspirational', 'committed', 'committed']);
  });

  test('Progress % is how far each key result has come from its Start to its Target', () => {
    expect(keyResult(r, 'Grow EMEA ARR')).toMatchObject({ kind: 'increase', start: 1_000_000, target: 2_000_000, current: 1_500_000, score: 0.5, status: 'green' });
    expect(keyResult(r, 'Cut onboarding time')).toMatchObject({ kind: 'decrease', start: 12, target: 7, current: 10, score: 0.4, status: 'green' });
    expect(keyResult(r, 'Raise NPS')).toMatchObject({ kind: 'increase', start: 30, target: 50, current: 45, score: 0.75, status: 'green' });
    const churn = keyResult(r, 'Reduce churn');
    expect(churn).toMatchObject({ kind: 'decrease', start: 0.04, target: 0.02, score: 0.25, status: 'red' });
    close(churn.current, 0.035);
  });

  test('objective scores: their key results; an objective with only child objectives, the weighted mean of its children', () => {
    close(objective(r, 'Win mid-market EMEA').score, (0.5 + 0.4) / 2);
    close(objective(r, 'Keep customers happy').score, (0.75 + 0.25) / 2);
    expect(objective(r, 'Win mid-market EMEA').weight).toBe(0.6);
    expect(objective(r, 'Keep customers happy').weight).toBe(0.4);
    const top = objective(r, 'Grow the business in Europe');
    close(top.score, 0.6 * 0.45 + 0.4 * 0.5);
    expect(r.objectives.map((o) => o.status)).toEqual(['amber', 'green', 'green']);
  });

  test('deliverables and initiatives are listed under their parent, never counted in its score', () => {
    expect(keyResult(r, 'Grow EMEA ARR').initiatives).toEqual([{ row: 6, title: 'Ship the EMEA billing page', owner: 'Cy', progress: 0.8, status: 'On Track' }]);
    expect(objective(r, 'Keep customers happy').initiatives).toEqual([{ row: 10, title: 'Run quarterly business reviews', owner: 'Di', progress: 0.3, status: 'On Track' }]);
    expect(r.objectives.flatMap((o) => o.keyResults).some((k) => k.title.startsWith('Ship') || k.title.startsWith('Run'))).toBe(false);
  });

  test('the issue\'s header with Metric Name present still takes Title as the text', () => {
    const s = readSheet(
      [
        ['Id', 'Title', 'Owner', 'Period', 'Aligned To', 'Metric Name', 'Unit', 'Target', 'Object Type', 'Goal Type', 'Start', 'Progress %', 'Status'],
        [1, 'Delight customers', 'Ana', 'Q3 2026', '', 'Progress', '%', 100, 'Objective', 'Aspirational Goal', 0, 40, 'On Track'],
        [2, 'Raise CSAT to 80%', 'Ana', 'Q3 2026', 'Delight customers(weight: 100%, Id: 1)', 'Progress', '%', 100, 'Key Result', 'Aspirational Goal', 0, 40, 'On Track'],
      ],
      { asOf: '2026-08-15' },
    );
    expect(s.kind).toBe('okr');
    expect(s.objectives.map((o) => [o.title, o.commitment, o.keyResults.map((k) => [k.title, k.score, k.weight])])).toEqual([['Delight customers', 'aspirational', [['Raise CSAT to 80%', 0.4, 1]]]]);
  });
});

describe('other export shapes', () => {
  test('Parent by title, Metric Name beside Title, no Object Type: an OKR sheet', () => {
    const r = readSheet(
      [
        ['Id', 'Title', 'Parent', 'Metric Name', 'Start', 'Target', 'Current'],
        ['G1', 'Grow revenue', '', '', '', '', ''],
        ['G2', 'Raise ARR', 'Grow revenue', 'ARR', 100, 200, 150],
        ['G3', '', 'Grow revenue', 'Qualified leads', 40, 60, 50],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.kind).toBe('okr');
    expect(r.objectives.map((o) => [o.title, o.keyResults.map((k) => [k.title, k.score])])).toEqual([['Grow revenue', [['Raise ARR', 0.5], ['Qualified leads', 0.5]]]]);
    expect(errors(r)).toEqual([]);
  });

  test('a Level column of Objective / Key Result / Task rows and a Contributes to column of ids', () => {
    const r = readSheet(
      [
        ['ID', 'Level', 'Name', 'Contributes to', 'Owner', 'Start', 'Target', 'Current'],
        ['O-1', 'Objective', 'Become the default tool', '', 'ana', '', '', ''],
        ['O-2', 'Objective', 'Win finance teams', 'O-1', 'bo', '', '', ''],
        ['KR-1', 'Key Result', 'Paid workspaces 420 → 600', 'O-2', 'bo', 420, 600, 510],
        ['T-1', 'Task', 'Launch the QuickBooks connector', 'KR-1', 'cy', '', '', 'done'],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.columns.rowType).toBe(1);
    expect(r.objectives.map((o) => [o.title, o.parentRow ?? null, o.keyResults.length])).toEqual([
      ['Become the default tool', null, 0],
      ['Win finance teams', 2, 1],
    ]);
    close(objective(r, 'Win finance teams').score, 0.5);
    close(objective(r, 'Become the default tool').score, 0.5);
    expect(keyResult(r, 'Paid workspaces 420 → 600').initiatives).toEqual([{ row: 5, title: 'Launch the QuickBooks connector', owner: 'cy', progress: 1, status: null }]);
    expect(r.problems.filter((p) => p.message.includes('no key results'))).toEqual([]);
  });

  test('a Level column of levels (Company, Team) stays a level', () => {
    const r = readSheet(
      [
        ['Objective', 'Key result', 'Level', 'Start', 'Target', 'Current'],
        ['Grow', 'Leads 100 → 200', 'Company', 100, 200, 150],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.columns.level).toBe(2);
    expect(r.columns.rowType).toBeUndefined();
    expect(keyResult(r, 'Leads 100 → 200').score).toBe(0.5);
  });

  test('a parent id that names no objective is a warning; an objective aligned to itself stays top-level', () => {
    const r = readSheet(
      [
        ['Id', 'Object Type', 'Title', 'Aligned To', 'Start', 'Target', 'Current'],
        [1, 'Objective', 'Grow', 'Grow(weight: 10%, Id: 1)', '', '', ''],
        [2, 'Key result', 'Leads 100 → 200', 'Unknown goal(Id: 99)', 100, 200, 150],
      ],
      { asOf: '2026-08-15' },
    );
    expect(r.objectives.map((o) => [o.title, o.parentRow ?? null, o.keyResults.map((k) => k.title)])).toEqual([['Grow', null, ['Leads 100 → 200']]]);
    expect(r.problems.filter((p) => p.column === 'Aligned To').map((p) => [p.row, p.value, p.severity])).toEqual([
      [2, 'Grow(weight: 10%, Id: 1)', 'warning'],
      [3, 'Unknown goal(Id: 99)', 'warning'],
    ]);
    expect(errors(r)).toEqual([]);
  });

  test.each([
    ['Drive expansion (weight: 14%, Id: 2295776)', ['2295776'], 'drive expansion', 0.14],
    ['Drive expansion leveraging our AI offering(weight: 14.29%, Id: 2295776)', ['2295776'], 'drive expansion leveraging our ai offering', 0.1429],
    ['Exceed 23m with 40% AI ( 9.2m)(weight: 0%, Id: 2772561)', ['2772561'], 'exceed 23m with 40% ai ( 9.2m)', 0],
    ['Win EMEA', ['win', 'emea'], 'win emea', null],
    ['1, 4', ['1', '4'], '1, 4', null],
  ] as const)('parentRef(%s)', (text, ids, title, weight) => {
    const ref = parentRef(text);
    expect(ref.ids).toEqual(ids);
    expect(ref.title).toBe(title);
    if (weight === null) expect(ref.weight).toBeNull();
    else close(ref.weight, weight);
  });
});

describe('Progress %: percent points or fractions, decided by the whole column', () => {
  const sheet = (progress: Cell[]) =>
    readSheet(
      [
        ['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Progress %'],
        ...progress.map((p, i): Cell[] => [i === 0 ? 'Grow' : '', `Leads ${i}`, 'ana', 100, 200, p]),
      ],
      { asOf: '2026-08-15' },
    ).objectives[0]!.keyResults.map((k) => k.score);

  test('a column of 0–100: 1 is 1%, not done', () => {
    expect(sheet([40, 1, 100])).toEqual([0.4, 0.01, 1]);
  });

  test('a column of fractions (cells formatted as %, read by getValues): 1 is done', () => {
    expect(sheet([0.4, 1, 0.25])).toEqual([0.4, 1, 0.25]);
  });

  test('text with % is a percent in either column', () => {
    expect(sheet(['40%', 60])).toEqual([0.4, 0.6]);
  });
});

describe('the real Viva Goals export (tests/fixtures/real)', () => {
  const text = readFileSync(resolve(__dirname, '../fixtures/real/matthugh1_mhokr_viva_goals_export_excerpt.csv'), 'utf8');
  const r = readSheet(Papa.parse<string[]>(text, { skipEmptyLines: false }).data, { asOf: '2025-11-20' });

  test('nested objectives by Aligned To id, weight-0 children counted equally', () => {
    expect(r.objectives.map((o) => [o.title.slice(0, 30), o.parentRow ?? null])).toEqual([
      ['2025 -- Build the Leading CX E', null],
      ['SP1: Lead with AI', 2],
      ['Drive expansion leveraging our', 3],
      ['Use Challanger Methodology to ', 4],
    ]);
    const drive = objective(r, 'Drive expansion leveraging our AI offering');
    close(drive.score, (0.25 + 0.8 + 0.68 + 0.76) / 4);
    // SP1 has one child with weight 0% (Drive expansion): its score is that child's.
    close(objective(r, 'SP1: Lead with AI').score, drive.score!);
    close(r.objectives[0]!.score, drive.score!);
  });

  test('deliverables are initiatives under the objective or key result they are aligned to', () => {
    const drive = objective(r, 'Drive expansion leveraging our AI offering');
    expect(drive.initiatives!.map((i) => [i.row, i.progress])).toEqual([
      [7, 0.8],
      [8, 1],
      [9, 1],
      [10, 0.5],
    ]);
    expect(r.objectives.flatMap((o) => o.keyResults).find((k) => k.title.startsWith('90% of AM team'))!.initiatives!.map((i) => i.title)).toEqual([
      'Ensure entire team has access to pitch deck',
      'Run pitch deck session with Team',
      'Each Individual to pitch the presentation to the team',
    ]);
  });
});
