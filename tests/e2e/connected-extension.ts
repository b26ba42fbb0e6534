import { extTeamOkrSheet } from '../fixtures/ext-team-okr-sheet';
import type { LoadedExtension } from './load-extension';
import type { SheetsApiStandIn, StandInSpreadsheet } from './sheets-api-stand-in';
import { standInExtension } from './stand-in-extension';

export const TEAM_SHEET_ID = '1GrowthTeamOkrSheet_abcdefghijklmnop';

export interface ConnectedExtension {
  api: SheetsApiStandIn;
  ext: LoadedExtension;
  /** The stand-in's copy of the team sheet (writes change it). */
  sheet: StandInSpreadsheet;
  close(): Promise<void>;
}

/**
 * A test build of the extension in Chromium, reading a fresh copy of the team OKR sheet from the Sheets
 * API stand-in, with that sheet connected (tab Q4 OKRs, names: Ana Pereira, hourly refresh).
 */
export async function connectedExtension(): Promise<ConnectedExtension> {
  const sheet = structuredClone(extTeamOkrSheet);
  const { api, ext, close } = await standInExtension({ [TEAM_SHEET_ID]: sheet });
  await ext.worker.evaluate(async (id) => {
    await chrome.storage.local.set({
      options: { sheets: [{ spreadsheetId: id, tab: 'Q4 OKRs', gid: 1822, title: 'Growth team OKRs', timeZone: 'Europe/Lisbon' }], names: ['Ana Pereira'], refreshMinutes: 60 },
    });
  }, TEAM_SHEET_ID);
  return { api, ext, sheet, close };
}
