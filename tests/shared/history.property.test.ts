import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { HISTORY_COLUMNS } from '../../shared/history-columns';
import { readHistory } from '../../shared/read-history';
import { historyRow } from '../../shared/history-row';
import { replaceScoringDay } from '../../shared/replace-scoring-day';
import { isoDate } from '../../shared/calendar-day';
import type { Cell, CheckIn, Status } from '../../shared/types';

const text = fc.string({ maxLength: 12 }).map((s) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim());
const word = fc.constantFrom('Grow', 'Ship', 'Hire', 'Reach 100', 'NPS 40');
const day = fc.integer({ min: 20_600, max: 20_620 }).map(isoDate);
const checkIn: fc.Arbitrary<CheckIn> = fc.record({
  date: day,
  sheet: fc.constantFrom('OKRs', 'Team B'),
  key: fc.constantFrom('k1', 'k2', 'k3', 'abc12'),
  objective: word,
  keyResult: word,
  owner: fc.option(text.filter((s) => s !== ''), { nil: null }),
  current: fc.oneof(fc.constant(null), fc.integer({ min: -1000, max: 1000 }), fc.constantFrom('done', 'n/a', '12 days')),
  score: fc.option(fc.integer({ min: 0, max: 100 }).map((n) => n / 100), { nil: null }),
  status: fc.constantFrom<Status>('green', 'amber', 'red', 'grey'),
  confidence: fc.option(fc.integer({ min: 0, max: 10 }).map((n) => n / 10), { nil: null }),
  note: text,
  by: fc.constantFrom('', '', 'ana@example.com', 'Bo'),
});
const garbage: fc.Arbitrary<Cell[]> = fc.tuple(fc.constantFrom('someday', 'last week', '?'), text, text).map(([d, a, b]) => [d, a, b, '', '', '', '', '', '', '', '', '']);
const tab = fc.array(fc.oneof({ weight: 6, arbitrary: checkIn.map(historyRow) }, { weight: 1, arbitrary: garbage }), { maxLength: 40 }).map((rows): Cell[][] => [[...HISTORY_COLUMNS], ...rows]);

describe('history properties', () => {
  test('a history read and written back is unchanged', () => {
    fc.assert(
      fc.property(fc.array(checkIn, { maxLength: 30 }), (entries) => {
        const values: Cell[][] = [[...HISTORY_COLUMNS], ...entries.map(historyRow)];
        const read = readHistory(values);
        expect(read.problems).toEqual([]);
        expect(read.entries.map(({ row: _row, ...e }) => e)).toEqual(entries);
        expect([values[0], ...read.entries.map(historyRow)]).toEqual(values);
      }),
      { numRuns: 300 },
    );
  });

  test('replacing a day never touches other days, other sheets, check-ins or unreadable rows, and adds exactly the replacement', () => {
    fc.assert(
      fc.property(tab, day, fc.constantFrom('OKRs', 'Team B'), fc.array(checkIn, { maxLength: 8 }), (values, date, sheet, fresh) => {
        const replacement = fresh.map((e) => ({ ...e, date, sheet, by: '' }));
        const { entries } = readHistory(values);
        const w = replaceScoringDay(values, entries, { sheet, date }, replacement);
        const after = [...values.slice(0, w.start), ...w.rows];
        const ours = (row: Cell[]): boolean => {
          const e = readHistory([[...HISTORY_COLUMNS], row]).entries[0];
          return e !== undefined && e.date === date && e.sheet === sheet && e.by === '';
        };
        expect(after.filter((row) => !ours(row))).toEqual(values.filter((row) => !ours(row)));
        expect(after.filter(ours)).toEqual(replacement.map(historyRow));
        expect(after.length + w.clear).toBeGreaterThanOrEqual(values.length);
        expect(readHistory(after).entries).toEqual([...w.entries].sort((a, b) => a.row! - b.row!));
        // scoring again the same day with the same rows changes nothing
        const again = replaceScoringDay(after, readHistory(after).entries, { sheet, date }, replacement);
        expect([...after.slice(0, again.start), ...again.rows]).toEqual(after);
      }),
      { numRuns: 300 },
    );
  });

  test('readHistory never throws and every problem names a row', () => {
    const anyCell: fc.Arbitrary<Cell> = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false }));
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { maxLength: 13 }), { maxLength: 12 }), fc.constantFrom(undefined, 'UTC', 'Pacific/Auckland', 'Nowhere/Zone'), (values, timeZone) => {
        const { entries, problems } = readHistory(values, { timeZone });
        for (const p of problems) expect(p.row).toBeGreaterThanOrEqual(1);
        for (const e of entries) expect(e.score === null || (e.score >= 0 && e.score <= 1)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
