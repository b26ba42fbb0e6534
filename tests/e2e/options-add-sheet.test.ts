/**
 * The options page in Chromium against the Sheets API stand-in: adding a sheet while Google does not
 * answer ends with a message saying what to do instead of staying on "Adding…", and "Sign out" is
 * offered only once signed in.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extTeamOkrSheet } from '../fixtures/ext-team-okr-sheet';
import type { LoadedExtension } from './load-extension';
import type { SheetsApiStandIn } from './sheets-api-stand-in';
import { standInExtension, type StandInExtension } from './stand-in-extension';

const SHEET_ID = '1GrowthTeamOkrSheet_slowanswer_abcdef';

describe('options page: adding a sheet and the account', () => {
  let api: SheetsApiStandIn;
  let ext: LoadedExtension;
  let loaded: StandInExtension | undefined;

  beforeAll(async () => {
    loaded = await standInExtension({ [SHEET_ID]: extTeamOkrSheet });
    ({ api, ext } = loaded);
  });
  afterAll(() => loaded?.close());

  test('"Sign out" only while signed in', async () => {
    const page = await ext.openOptions();
    // The test build has a token without asking: signed in from the start.
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in with Google' }).waitFor();
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Sign in with Google' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.close();
  });

  test('Google not answering: a message says what to do and the button comes back', async () => {
    const page = await ext.openOptions();
    api.delayMs = 60_000;
    try {
      await page.locator('#sheet-url').fill(`https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit`);
      await page.getByRole('button', { name: 'Add sheet' }).click();
      await page.getByRole('button', { name: 'Adding…' }).waitFor();
      await expect.poll(() => page.locator('#sheet-url-help').textContent(), { timeout: 40_000 }).toMatch(/did not answer within 20 seconds.*Check your internet connection/);
      await expect(page.getByRole('button', { name: 'Add sheet' }).isEnabled()).resolves.toBe(true);
      expect(ext.errors).toEqual([]);
    } finally {
      api.delayMs = 0;
      await page.close();
    }
  });
});
