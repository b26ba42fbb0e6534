import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { SheetSource } from '../../extension/types';
import { extTeamOkrSheet } from '../fixtures/ext-team-okr-sheet';
import { sheetsApiStandIn, type SheetsApiStandIn, type StandInSpreadsheet } from '../e2e/sheets-api-stand-in';
import { fakeChrome, type FakeChrome } from './fake-chrome';

export const TEAM_SHEET_ID = '1GrowthTeamOkrSheet_abcdefghijklmnop';
export const teamSource: SheetSource = { spreadsheetId: TEAM_SHEET_ID, tab: 'Q4 OKRs', gid: 1822, title: 'Growth', timeZone: 'Europe/Lisbon' };

export interface RefreshWithStandIn {
  api: SheetsApiStandIn;
  fake: FakeChrome;
  /** A fresh copy of the team OKR fixture for each test (writes change it). */
  sheet: StandInSpreadsheet;
  mod: typeof import('../../extension/refresh-sheets');
}

/**
 * For a test file of the background's refresh and check-ins: the Sheets API stand-in (a test build
 * points the extension at it), a fresh fake `chrome` and a fresh copy of the team sheet before each test.
 */
export function refreshWithStandIn(): RefreshWithStandIn {
  const globals = globalThis as unknown as { __SHEETS_API_BASE__?: string; chrome?: typeof chrome };
  const context = {} as RefreshWithStandIn;
  beforeAll(async () => {
    context.api = await sheetsApiStandIn({ email: 'ana@example.com' });
    globals.__SHEETS_API_BASE__ = context.api.url;
    context.mod = await import('../../extension/refresh-sheets');
  });
  afterAll(async () => {
    await context.api.close();
    delete globals.__SHEETS_API_BASE__;
    delete globals.chrome;
  });
  beforeEach(() => {
    context.fake = fakeChrome();
    globals.chrome = context.fake.chrome;
    context.sheet = structuredClone(extTeamOkrSheet);
    context.api.spreadsheets.set(TEAM_SHEET_ID, context.sheet);
    context.api.mode = 'ok';
    context.api.writes.length = 0;
  });
  return context;
}
