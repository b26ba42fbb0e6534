import { describe, expect, test } from 'vitest';
import { parseSheetUrl } from '../../extension/parse-sheet-url';
import { sheetRowLink } from '../../extension/sheet-row-link';
import { quoteSheetName } from '../../extension/quote-sheet-name';
import { relativeAge } from '../../extension/relative-age';
import { dueLabel } from '../../extension/due-label';
import { badgeState } from '../../extension/badge-state';
import { statusLabel } from '../../shared/status-label';
import { formatScore } from '../../shared/format-score';
import { readSheet } from '../../shared/read-sheet';
import { pickTab } from '../../extension/pick-tab';
import { localDate } from '../../extension/local-date';
import { apiError, fetchErrorOf, offlineError } from '../../extension/api-error';
import { iconPng } from '../../extension/build/icon-png';
import { optionsKey } from '../../extension/options-key';

const ID = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';

describe('parseSheetUrl', () => {
  test.each([
    [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`, ID, 0],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit?usp=sharing`, ID, null],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit?gid=1822#gid=1822`, ID, 1822],
    [`https://docs.google.com/spreadsheets/u/1/d/${ID}/edit#gid=42`, ID, 42],
    [`  https://docs.google.com/spreadsheets/d/${ID}  `, ID, null],
  ])('%s', (url, id, gid) => {
    expect(parseSheetUrl(url)).toEqual({ ok: true, spreadsheetId: id, gid });
  });

  test.each([
    ['', /Paste the link/],
    ['not a url', /is not a link/],
    [`https://docs.google.com/document/d/${ID}/edit`, /not a Google Sheet link/],
    [`https://drive.google.com/drive/folders/${ID}`, /not a Google Sheet link/],
    [`http://docs.google.com/spreadsheets/d/${ID}/edit`, /not a Google Sheet link/],
    ['https://docs.google.com/spreadsheets/d/short/edit', /not a Google Sheet link/],
    [`https://evil.example.com/spreadsheets/d/${ID}/edit`, /not a Google Sheet link/],
  ])('rejects %j', (url, message) => {
    const parsed = parseSheetUrl(url);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

test('sheetRowLink opens the tab at the row', () => {
  expect(sheetRowLink('abc', 42, 7)).toBe('https://docs.google.com/spreadsheets/d/abc/edit#gid=42&range=A7');
  expect(sheetRowLink('abc', null, 7)).toBe('https://docs.google.com/spreadsheets/d/abc/edit#range=A7');
});

test('quoteSheetName quotes and doubles inner quotes', () => {
  expect(quoteSheetName('Q3 OKRs')).toBe("'Q3 OKRs'");
  expect(quoteSheetName("Ana's OKRs")).toBe("'Ana''s OKRs'");
});

test.each([
  [0, 'just now'],
  [59_000, 'just now'],
  [5 * 60_000, '5 min ago'],
  [59 * 60_000, '59 min ago'],
  [2 * 3_600_000 + 5, '2 h ago'],
  [24 * 3_600_000, '1 day ago'],
  [3 * 24 * 3_600_000, '3 days ago'],
  [-5000, 'just now'],
])('relativeAge(%d) = %s', (ms, text) => {
  expect(relativeAge(ms)).toBe(text);
});

test.each([
  ['2026-11-30', '2026-11-18', false, 'Due Nov 30 · 12 days left'],
  ['2026-11-19', '2026-11-18', false, 'Due Nov 19 · 1 day left'],
  ['2026-11-18', '2026-11-18', false, 'Due today (Nov 18)'],
  ['2026-11-15', '2026-11-18', false, 'Due Nov 15 · 3 days overdue'],
  ['2027-01-15', '2026-11-18', false, 'Due Jan 15, 2027 · 58 days left'],
  ['2026-11-15', '2026-11-18', true, 'Due Nov 15'],
  [null, '2026-11-18', false, null],
])('dueLabel(%s, %s)', (due, today, done, text) => {
  expect(dueLabel(due, today, done)).toBe(text);
});

describe('badgeState', () => {
  test('red count on red when any is red', () => {
    expect(badgeState({ green: 2, amber: 1, red: 3, grey: 0 })).toMatchObject({ text: '3', color: '#c62828' });
  });
  test('amber count on amber when none is red', () => {
    expect(badgeState({ green: 2, amber: 1, red: 0, grey: 4 })).toMatchObject({ text: '1', color: '#b26a00' });
  });
  test('nothing when all are green or grey, or no sheet', () => {
    expect(badgeState({ green: 2, amber: 0, red: 0, grey: 1 }).text).toBe('');
    expect(badgeState(null).text).toBe('');
  });
});

test('statusLabel gives text and a shape for every status', () => {
  expect(statusLabel('green')).toEqual({ text: 'On track', icon: '✓' });
  expect(statusLabel('amber')).toEqual({ text: 'At risk', icon: '!' });
  expect(statusLabel('red')).toEqual({ text: 'Off track', icon: '✕' });
  expect(statusLabel('grey').text).toBe('No data');
  expect(statusLabel('green', { done: true, late: true, kind: 'milestone', current: 1, note: null }).text).toBe('Done late');
  expect(statusLabel('grey', { kind: 'baseline', current: 4, note: 'baseline set' }).text).toBe('Baseline set');
  expect(statusLabel('grey', { kind: 'increase', current: 4, note: null, notStarted: true }).text).toBe('Not started');
  // From the engine: a KR whose quarter has not begun at the as-of date is Not started.
  const early = readSheet([['Objective', 'Key result', 'Start', 'Target', 'Current', 'Period'], ['Grow', 'Leads', 10, 20, 12, 'Q1 2027']], { asOf: '2026-11-15' }).objectives[0]!.keyResults[0]!;
  expect(early.status).toBe('grey');
  expect(statusLabel(early.status, early).text).toBe('Not started');
  const running = readSheet([['Objective', 'Key result', 'Start', 'Target', 'Current', 'Period'], ['Grow', 'Leads', 10, 20, 12, 'Q4 2026']], { asOf: '2026-11-15' }).objectives[0]!.keyResults[0]!;
  expect(running.notStarted).toBe(false);
  // A pending milestone (not done, no fraction complete, not yet due: scored 0) is Pending everywhere; no score is No data.
  expect(statusLabel('grey', { kind: 'milestone', current: 0, score: 0, note: null })).toEqual({ text: 'Pending', icon: '…' });
  expect(statusLabel('grey', { kind: 'milestone', current: null, score: null, note: null }).text).toBe('No data');
  expect(statusLabel('red', { kind: 'milestone', current: 0, score: 0, note: null }).text).toBe('Off track');
});

test('formatScore rounds to two decimals', () => {
  expect(formatScore(0.456)).toBe('0.46');
  expect(formatScore(1)).toBe('1.00');
  expect(formatScore(null)).toBe('–');
});

test('pickTab: the gid from the link, else the first tab that is not the settings tab', () => {
  const tabs = [{ title: 'Scorecard settings', sheetId: 0 }, { title: 'Q3', sheetId: 7 }, { title: 'Q4', sheetId: 9 }];
  expect(pickTab(tabs, 9)?.title).toBe('Q4');
  expect(pickTab(tabs, null)?.title).toBe('Q3');
  expect(pickTab(tabs, 12345)?.title).toBe('Q3');
  expect(pickTab([{ title: 'Scorecard settings', sheetId: 0 }], null)?.title).toBe('Scorecard settings');
  expect(pickTab([], null)).toBeNull();
  expect(pickTab([{ title: 'Scorecard history', sheetId: 3 }, { title: 'OKRs', sheetId: 4 }], null)?.title).toBe('OKRs');
});

test('localDate reads the instant in the time zone', () => {
  const instant = new Date('2026-11-18T23:30:00Z');
  expect(localDate(instant, 'Europe/Berlin')).toBe('2026-11-19');
  expect(localDate(instant, 'America/New_York')).toBe('2026-11-18');
  expect(localDate(instant, 'Not/AZone')).toBe('2026-11-18');
});

describe('apiError', () => {
  test.each([
    [401, {}, 'signed-out'],
    [403, { error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' } }, 'no-access'],
    [404, { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } }, 'not-found'],
    [400, { error: { code: 400, message: "Unable to parse range: 'Q9'", status: 'INVALID_ARGUMENT' } }, 'tab-not-found'],
    [400, { error: { code: 400, message: 'Bad thing', status: 'INVALID_ARGUMENT' } }, 'other'],
    [429, null, 'other'],
    [500, 'not json', 'other'],
  ])('%d → %s', (status, body, kind) => {
    const error = apiError(status, body, 'Q9');
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.message.length).toBeGreaterThan(10);
  });
  test('names the missing tab', () => {
    expect(apiError(400, { error: { message: "Unable to parse range: 'Q9'" } }, 'Q9').message).toContain('"Q9"');
  });
  test('offline and unknown errors become cacheable FetchErrors', () => {
    expect(fetchErrorOf(offlineError(), 5)).toEqual({ kind: 'offline', message: offlineError().message, status: null, at: 5 });
    expect(fetchErrorOf(new Error('boom'), 6)).toMatchObject({ kind: 'other', at: 6 });
  });
});

test('iconPng writes a PNG of the asked size', () => {
  for (const size of [16, 128]) {
    const png = iconPng(size);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(size);
    expect(png.readUInt32BE(20)).toBe(size);
  }
});

test('optionsKey changes with the sheets and names, not with the refresh interval', () => {
  const sheet = { spreadsheetId: 'a', tab: 'T', gid: 1, title: null, timeZone: null };
  const base = optionsKey({ sheets: [sheet], names: ['Ana'] });
  expect(optionsKey({ sheets: [{ ...sheet, title: 'New title' }], names: ['Ana'] })).toBe(base);
  expect(optionsKey({ sheets: [{ ...sheet, tab: 'U' }], names: ['Ana'] })).not.toBe(base);
  expect(optionsKey({ sheets: [sheet], names: ['Ana', 'Ben'] })).not.toBe(base);
  expect(optionsKey({ sheets: [], names: ['Ana'] })).not.toBe(base);
});
