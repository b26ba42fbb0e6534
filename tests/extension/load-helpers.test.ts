import { expect, test } from 'vitest';
import { backoffDelay } from '../../extension/backoff-delay';
import { jitteredMinutes } from '../../extension/jittered-minutes';
import { parseRetryAfter } from '../../extension/parse-retry-after';
import { recentHistory } from '../../extension/recent-history';
import { relativeWait } from '../../extension/relative-wait';

test.each([
  [60, 0, 54],
  [60, 0.5, 60],
  [60, 0.999999, 66],
  [30, -1, 27],
  [30, 2, 33],
])('jitteredMinutes(%d, %d) = %d', (minutes, random, expected) => {
  expect(jitteredMinutes(minutes, random)).toBeCloseTo(expected, 2);
});

test.each([
  [1, null, 3_600_000, 30_000],
  [2, null, 3_600_000, 60_000],
  [4, null, 3_600_000, 240_000],
  [20, null, 3_600_000, 3_600_000],
  [1, 90_000, 3_600_000, 90_000],
  [3, 10_000, 3_600_000, 120_000],
  [1, 7_200_000, 1_800_000, 1_800_000],
])('backoffDelay(%d failures, Retry-After %s, cap %d) = %d', (failures, retryAfter, cap, expected) => {
  expect(backoffDelay(failures, retryAfter, cap)).toBe(expected);
});

test.each([
  ['120', 0, 120_000],
  [' 0 ', 0, 0],
  ['Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT'), 60_000],
  ['Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 08:00:00 GMT'), 0],
  ['soon', 0, null],
  ['', 0, null],
  [null, 0, null],
])('parseRetryAfter(%s) = %s', (value, now, expected) => {
  expect(parseRetryAfter(value, now)).toBe(expected);
});

test.each([
  [10_000, 'in under a minute'],
  [60_000, 'in 1 min'],
  [4 * 60_000 + 1, 'in 5 min'],
  [90 * 60_000, 'in 2 h'],
])('relativeWait(%d) = %s', (ms, expected) => {
  expect(relativeWait(ms)).toBe(expected);
});

test('recentHistory keeps the header and the last rows', () => {
  const rows = [['Date'], ...Array.from({ length: 10 }, (_, i) => [`d${i}`])];
  expect(recentHistory(rows, 3)).toEqual([['Date'], ['d7'], ['d8'], ['d9']]);
  expect(recentHistory(rows, 10)).toBe(rows);
  expect(recentHistory(null)).toBeNull();
});
