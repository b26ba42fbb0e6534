import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { sheetsApiStandIn, STAND_IN_TOKEN, STAND_IN_WRITE_TOKEN, type SheetsApiStandIn } from './sheets-api-stand-in';

const ID = 'sheet-1';
let api: SheetsApiStandIn;

beforeAll(async () => {
  api = await sheetsApiStandIn();
});
afterAll(() => api.close());
beforeEach(() => {
  api.spreadsheets.set(ID, { title: 'T', timeZone: 'UTC', tabs: [{ title: 'OKRs', sheetId: 0, values: [['Objective', 'Key result', 'Current'], ['Grow', 'Reach 100', 40, '']] }] });
  api.writes.length = 0;
  api.mode = 'ok';
});

async function call(path: string, token: string, body?: unknown) {
  const response = await fetch(`${api.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any>, headers: response.headers };
}

const read = (token = STAND_IN_TOKEN) => call(`/v4/spreadsheets/${ID}/values:batchGet?ranges=OKRs!A:ZZ&valueRenderOption=UNFORMATTED_VALUE`, token);

test('a write with the read-only token gets Google 403 insufficient scopes; the read-only token still reads', async () => {
  const answer = await call(`/v4/spreadsheets/${ID}/values:batchUpdate`, STAND_IN_TOKEN, { valueInputOption: 'RAW', data: [{ range: 'OKRs!C2', values: [[50]] }] });
  expect(answer.status).toBe(403);
  expect(answer.body.error).toMatchObject({ code: 403, message: 'Request had insufficient authentication scopes.', status: 'PERMISSION_DENIED' });
  expect(answer.body.error.details[0].reason).toBe('ACCESS_TOKEN_SCOPE_INSUFFICIENT');
  expect((await read()).body.valueRanges[0].values[1]).toEqual(['Grow', 'Reach 100', 40]);
  expect(api.writes.map((w) => w.status)).toEqual([403]);
});

test('values:batchUpdate RAW writes numbers and text exactly, answers with Google shape', async () => {
  const answer = await call(`/v4/spreadsheets/${ID}/values:batchUpdate`, STAND_IN_WRITE_TOKEN, {
    valueInputOption: 'RAW',
    data: [
      { range: "'OKRs'!C2", values: [[55]] },
      { range: 'OKRs!D2:E2', values: [['=cmd|/c calc', '+1 note']] },
    ],
  });
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ spreadsheetId: ID, totalUpdatedCells: 3, totalUpdatedRows: 2, totalUpdatedSheets: 1 });
  expect(answer.body.responses[1]).toMatchObject({ updatedRange: 'OKRs!D2:E2', updatedCells: 2 });
  expect((await read()).body.valueRanges[0].values[1]).toEqual(['Grow', 'Reach 100', 55, '=cmd|/c calc', '+1 note']);
});

test('USER_ENTERED would evaluate a formula (so RAW is what keeps =text as text)', async () => {
  await call(`/v4/spreadsheets/${ID}/values:batchUpdate`, STAND_IN_WRITE_TOKEN, { valueInputOption: 'USER_ENTERED', data: [{ range: 'OKRs!D2', values: [['=cmd']] }] });
  expect((await read()).body.valueRanges[0].values[1][3]).toBe('#NAME?');
});

test('addSheet creates a tab (and refuses a duplicate), values:append adds after the last row', async () => {
  const added = await call(`/v4/spreadsheets/${ID}:batchUpdate`, STAND_IN_WRITE_TOKEN, { requests: [{ addSheet: { properties: { title: 'Scorecard history' } } }] });
  expect(added.status).toBe(200);
  expect(added.body.replies[0].addSheet.properties).toMatchObject({ title: 'Scorecard history', sheetType: 'GRID' });
  const again = await call(`/v4/spreadsheets/${ID}:batchUpdate`, STAND_IN_WRITE_TOKEN, { requests: [{ addSheet: { properties: { title: 'Scorecard history' } } }] });
  expect(again.status).toBe(400);
  expect(again.body.error.message).toMatch(/already exists/);
  const range = encodeURIComponent("'Scorecard history'!A1");
  const first = await call(`/v4/spreadsheets/${ID}/values/${range}:append?valueInputOption=RAW&insertDataOption=INSERT_ROWS`, STAND_IN_WRITE_TOKEN, { values: [['Date', 'Key'], ['2026-11-30', 'k1']] });
  expect(first.body.updates).toMatchObject({ updatedRange: "'Scorecard history'!A1:B2", updatedRows: 2 });
  const second = await call(`/v4/spreadsheets/${ID}/values/${range}:append?valueInputOption=RAW`, STAND_IN_WRITE_TOKEN, { values: [['2026-12-01', 'k1']] });
  expect(second.body.updates.updatedRange).toBe("'Scorecard history'!A3:B3");
  const history = await call(`/v4/spreadsheets/${ID}/values:batchGet?ranges=${range.replace('A1', 'A%3AL')}`, STAND_IN_TOKEN);
  expect(history.body.valueRanges[0].values).toEqual([['Date', 'Key'], ['2026-11-30', 'k1'], ['2026-12-01', 'k1']]);
});

test('a write to a missing tab is 400 Unable to parse range; 429 carries Retry-After', async () => {
  const answer = await call(`/v4/spreadsheets/${ID}/values:batchUpdate`, STAND_IN_WRITE_TOKEN, { valueInputOption: 'RAW', data: [{ range: "'Nope'!A1", values: [[1]] }] });
  expect(answer.status).toBe(400);
  expect(answer.body.error.message).toBe("Unable to parse range: 'Nope'!A1");
  api.mode = 429;
  api.retryAfter = '17';
  const busy = await read();
  expect(busy.status).toBe(429);
  expect(busy.headers.get('retry-after')).toBe('17');
  expect(busy.body.error.status).toBe('RESOURCE_EXHAUSTED');
  delete api.retryAfter;
});
