import { describe, expect, test } from 'vitest';
import { parseDate } from '../../shared/parse-date';

describe('parseDate', () => {
  test.each([
    ['2026-11-30', {}, '2026-11-30'],
    ['2026/11/30', {}, '2026-11-30'],
    ['11/30/2026', {}, '2026-11-30'],
    ['11/30/2026', { locale: 'en-US' }, '2026-11-30'],
    ['30/11/2026', {}, '2026-11-30'],
    ['30/11/2026', { locale: 'en-GB' }, '2026-11-30'],
    ['05/11/2026', { locale: 'en-US' }, '2026-05-11'],
    ['05/11/2026', { locale: 'de-DE' }, '2026-11-05'],
    ['30.11.2026', {}, '2026-11-30'],
    ['9/30/2026', {}, '2026-09-30'],
    ['12/18/17', {}, '2017-12-18'],
    ['Nov 30', { year: 2026 }, '2026-11-30'],
    ['Sep 30, 2026', {}, '2026-09-30'],
    ['30 Nov 2026', {}, '2026-11-30'],
    ['November 30, 2026', {}, '2026-11-30'],
    ['20260531', {}, '2026-05-31'],
    [46295, {}, '2026-09-30'],
    [new Date(Date.UTC(2026, 8, 30)), {}, '2026-09-30'],
    // local midnight in Berlin (22:00 UTC the day before) still reads as that date
    [new Date(Date.UTC(2026, 8, 29, 22)), {}, '2026-09-30'],
  ] as const)('%s %j → %s', (input, options, expected) => {
    expect(parseDate(input as never, options)).toBe(expected);
  });

  test.each([['Nov 30'], ['abc'], [''], [null], [true], ['2026-02-30'], ['13/13/2026'], ['Q3'], ['7/10']])('%s is not a date', (input) => {
    expect(parseDate(input as never)).toBeNull();
  });
});

test('a Date made in another realm (node:vm) is still a date', async () => {
  const { runInNewContext } = await import('node:vm');
  const foreign = runInNewContext('new Date(Date.UTC(2026, 8, 30))') as Date;
  expect(foreign instanceof Date).toBe(false);
  expect(parseDate(foreign)).toBe('2026-09-30');
});
