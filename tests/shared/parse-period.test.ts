import { describe, expect, test } from 'vitest';
import { parsePeriod } from '../../shared/parse-period';
import { isoDate } from '../../shared/calendar-day';

function iso(text: string, year?: number) {
  const p = parsePeriod(text, year === undefined ? {} : { year });
  return p && [isoDate(p.start), isoDate(p.end)];
}

describe('parsePeriod', () => {
  test.each([
    ['Q3 2026', undefined, ['2026-07-01', '2026-10-01']],
    ['2026-Q3', undefined, ['2026-07-01', '2026-10-01']],
    ['2026 Q4', undefined, ['2026-10-01', '2027-01-01']],
    ['FY26 Q1', undefined, ['2026-01-01', '2026-04-01']],
    ['Q1', 2026, ['2026-01-01', '2026-04-01']],
    ['Q3 Y2025', undefined, ['2025-07-01', '2025-10-01']],
    ['H2 2026', undefined, ['2026-07-01', '2027-01-01']],
    ['H1', 2027, ['2027-01-01', '2027-07-01']],
    ['2026', undefined, ['2026-01-01', '2027-01-01']],
    ['FY2026', undefined, ['2026-01-01', '2027-01-01']],
    ['Y2025', undefined, ['2025-01-01', '2026-01-01']],
    ['Mar 2026', undefined, ['2026-03-01', '2026-04-01']],
    ['2026-03', undefined, ['2026-03-01', '2026-04-01']],
    ['Feb', 2026, ['2026-02-01', '2026-03-01']],
  ] as const)('%s → %j', (text, year, expected) => {
    expect(iso(text, year)).toEqual(expected);
  });

  test.each([['Quarterly'], ['Q5 2026'], ['abc'], [''], ['Q1']])('%s is not a period (without a year)', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});
