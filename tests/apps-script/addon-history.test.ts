import { describe, expect, it } from 'vitest';
import type { Cell } from '../../shared/types';
import { HISTORY_COLUMNS, HISTORY_SHEET_NAME } from '../../shared/history-columns';
import { readHistory } from '../../shared/read-history';
import { historyRow } from '../../shared/history-row';
import { generatedOkrSheet } from './addon-generated-sheets';
import { loadAddOn, otherFormulas, outputColumns, settingsWithAsOf, type AddOn } from './addon-harness';

const OKRS: Cell[][] = [
  ['Objective', 'Key result', 'Owner', 'Period', 'Start', 'Target', 'Current'],
  ['Grow', 'Users to 100', 'Ana', 'Q3 2026', 0, 100, 40],
  ['', 'Revenue to 50k', 'Bo', 'Q3 2026', 0, 50000, 10000],
  ['Ship', 'Launch v2', 'Cy', 'Q3 2026', 0, 10, 5],
];

/** KR title → its Scorecard id, read from the sheet. */
function idsByTitle(addOn: AddOn): Map<string, string> {
  const values = addOn.local.values('OKRs');
  const idColumn = outputColumns(addOn.local, 'OKRs').get('id');
  expect(idColumn).toBeDefined();
  const header = values[0]!.map(String);
  const title = header.indexOf('Key result');
  const out = new Map<string, string>();
  for (const row of values.slice(1)) if (row[title]) out.set(String(row[title]), String(row[idColumn! - 1]));
  return out;
}

function history(addOn: AddOn): ReturnType<typeof readHistory> {
  return readHistory(addOn.local.values(HISTORY_SHEET_NAME) as Cell[][], { timeZone: 'Etc/UTC' });
}

function setAsOf(addOn: AddOn, day: string): void {
  addOn.local.sheet('Scorecard settings').getRange('B2').setValue(day);
}

async function scoredOkrs(): Promise<AddOn> {
  const addOn = await loadAddOn({ OKRs: OKRS, 'Scorecard settings': settingsWithAsOf('2026-08-15') });
  addOn.code.call('scoreThisSheet');
  return addOn;
}

describe('Scorecard id column', () => {
  it('gives every KR a short id once, and keeps it through re-scoring, a row sort, a column insert and a row insert', async () => {
    const addOn = await scoredOkrs();
    const first = idsByTitle(addOn);
    expect([...first.keys()]).toEqual(['Users to 100', 'Revenue to 50k', 'Launch v2']);
    for (const id of first.values()) expect(id).toMatch(/^k[a-z2-9]{5}$/);
    expect(new Set(first.values()).size).toBe(3);
    expect(addOn.local.values('OKRs')[0]).toContain('Scorecard id');

    addOn.code.call('scoreThisSheet');
    expect(idsByTitle(addOn)).toEqual(first);

    // A sort moves whole rows (values, ids included): reverse the three KR rows.
    const sheet = addOn.local.sheet('OKRs');
    const width = addOn.local.values('OKRs')[0]!.length;
    const rows = sheet.getRange(2, 1, 3, width).getValues() as Cell[][];
    sheet.getRange(2, 1, 3, width).setValues([rows[2]!, rows[1]!, rows[0]!].map((r) => [...r]));
    addOn.code.call('scoreThisSheet');
    expect(idsByTitle(addOn)).toEqual(first);

    sheet.insertColumnBefore(1);
    addOn.code.call('scoreThisSheet');
    expect(idsByTitle(addOn)).toEqual(first);

    sheet.insertRowBefore(3);
    const header = (addOn.local.values('OKRs')[0] as Cell[]).map(String);
    const row: Cell[] = header.map(() => '');
    row[header.indexOf('Key result')] = 'Hire two engineers';
    row[header.indexOf('Owner')] = 'Dee';
    row[header.indexOf('Period')] = 'Q3 2026';
    row[header.indexOf('Start')] = 0;
    row[header.indexOf('Target')] = 2;
    row[header.indexOf('Current')] = 1;
    sheet.getRange(3, 1, 1, row.length).setValues([row]);
    addOn.code.call('scoreThisSheet');
    const after = idsByTitle(addOn);
    for (const [title, id] of first) expect(after.get(title)).toBe(id);
    expect(after.get('Hire two engineers')).toMatch(/^k[a-z2-9]{5}$/);
    expect(new Set(after.values()).size).toBe(4);
    // The day's rows were replaced, not added to: one row per KR for the day.
    const { entries } = history(addOn);
    expect(entries.map((e) => e.key).sort()).toEqual([...after.values()].sort());
  });
});

describe('Scorecard history tab', () => {
  it('has exactly the twelve columns and one row per KR per day, however often the sheet is scored that day', async () => {
    const addOn = await scoredOkrs();
    for (let i = 0; i < 9; i++) addOn.code.call('scoreThisSheet');
    const values = addOn.local.values(HISTORY_SHEET_NAME);
    expect(values[0]).toEqual([...HISTORY_COLUMNS]);
    const { entries, problems } = history(addOn);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(3);
    const ids = idsByTitle(addOn);
    expect(entries.map((e) => [e.date, e.sheet, e.key, e.keyResult, e.score, e.status, e.by])).toEqual([
      ['2026-08-15', 'OKRs', ids.get('Users to 100'), 'Users to 100', 0.4, expect.any(String), ''],
      ['2026-08-15', 'OKRs', ids.get('Revenue to 50k'), 'Revenue to 50k', 0.2, expect.any(String), ''],
      ['2026-08-15', 'OKRs', ids.get('Launch v2'), 'Launch v2', 0.5, expect.any(String), ''],
    ]);
    // Only values in the history tab; the only formulas the add-on wrote are the Trend sparklines.
    expect(addOn.local.formulaCells(HISTORY_SHEET_NAME)).toEqual([]);
    expect(addOn.local.formulaCells('OKRs')).toHaveLength(3);
    expect(otherFormulas(addOn.local)).toEqual([]);
  });

  it('adds a day per day, leaves earlier days alone, and fills Since last check-in', async () => {
    const addOn = await scoredOkrs();
    const before = addOn.local.values(HISTORY_SHEET_NAME).slice(0, 4);
    setAsOf(addOn, '2026-08-22');
    const sheet = addOn.local.sheet('OKRs');
    sheet.getRange('G2').setValue(52); // Users to 100: 0.40 → 0.52
    for (let i = 0; i < 10; i++) addOn.code.call('scoreThisSheet');
    const values = addOn.local.values(HISTORY_SHEET_NAME);
    expect(values.slice(0, 4)).toEqual(before);
    const { entries } = history(addOn);
    expect(entries.map((e) => e.date)).toEqual(['2026-08-15', '2026-08-15', '2026-08-15', '2026-08-22', '2026-08-22', '2026-08-22']);
    const since = outputColumns(addOn.local, 'OKRs').get('since')!;
    const sheetValues = addOn.local.values('OKRs');
    expect(sheetValues[0]![since - 1]).toBe('Since last check-in');
    expect(sheetValues[1]![since - 1]).toBeCloseTo(0.12, 10);
    expect(sheetValues[2]![since - 1]).toBe(0);
    expect(addOn.local.sheet('OKRs').getRange(2, since).getDisplayValue()).toBe('+0.12');
  });

  it("keeps people's check-ins and rows edited by hand, and reports the rows that do not parse", async () => {
    const addOn = await scoredOkrs();
    const ids = idsByTitle(addOn);
    const tab = addOn.local.sheet(HISTORY_SHEET_NAME);
    const checkIn = historyRow({ date: '2026-08-15', sheet: 'OKRs', key: ids.get('Launch v2')!, objective: 'Ship', keyResult: 'Launch v2', owner: 'Cy', current: 6, score: 0.6, status: 'green', confidence: 0.3, note: 'QA done', by: 'cy@example.com' });
    tab.getRange(5, 1, 2, 12).setValues([checkIn, ['sometime', 'OKRs', 'x', '', 'typed by hand', '', '', '', '', '', '', '']]);
    addOn.code.call('scoreThisSheet');
    const values = addOn.local.values(HISTORY_SHEET_NAME);
    expect(values.some((r) => r[0] === 'sometime' && r[4] === 'typed by hand')).toBe(true);
    const { entries } = history(addOn);
    expect(entries.filter((e) => e.by === 'cy@example.com')).toHaveLength(1);
    expect(entries.filter((e) => e.by === '')).toHaveLength(3);
    const dashboard = addOn.code.call('getDashboard') as { problems: { row: number; column: string | null; value: string | null; message: string }[] };
    expect(dashboard.problems.some((p) => p.column === 'Date' && p.value === 'sometime' && p.message.includes('Scorecard history'))).toBe(true);
    // Launch v2 is green, and Cy's check-in says 30 % confidence: a warning on its row.
    expect(dashboard.problems.some((p) => p.row === 4 && p.value === '30%' && p.message.includes('latest check-in'))).toBe(true);
  });

  it('records the onEdit re-score too (the day replaced, not added to)', async () => {
    const addOn = await scoredOkrs();
    const sheet = addOn.local.sheet('OKRs');
    sheet.getRange('G4').setValue(7);
    addOn.code.call('onEdit', { range: sheet.getRange('G4') });
    const { entries } = history(addOn);
    expect(entries).toHaveLength(3);
    expect(entries.find((e) => e.keyResult === 'Launch v2')?.score).toBe(0.7);
  });
});

describe('service calls with the history tab', () => {
  async function calls(krs: number, historyRows: number): Promise<string[]> {
    const rows: Cell[][] = [[...HISTORY_COLUMNS]];
    for (let i = 0; i < historyRows; i++) rows.push(['2026-07-01', 'Old', `k${i}`, 'Objective', `KR ${i}`, '', i, 0.5, 'green', '', '', '']);
    const { local, code } = await loadAddOn({ Sheet: generatedOkrSheet(krs), 'Scorecard settings': settingsWithAsOf('2026-08-15'), [HISTORY_SHEET_NAME]: rows });
    code.call('scoreThisSheet');
    local.resetCallLog();
    code.call('scoreThisSheet');
    return local.calls.filter((c) => c.counted).map((c) => `${c.service}.${c.method}`);
  }

  it('are the same for a history of 10 and of 100,000 rows, and for 10 and 10,000 KRs', async () => {
    const small = await calls(10, 10);
    const long = await calls(10, 100_000);
    const wide = await calls(10_000, 10);
    expect(long).toEqual(small);
    expect(wide).toEqual(small);
    expect(small.filter((m) => m === 'Range.setValues')).toHaveLength(3);
  }, 120_000);
});
