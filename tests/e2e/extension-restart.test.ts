import { afterAll, expect, test } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extTeamOkrSheet } from '../fixtures/ext-team-okr-sheet';
import { buildExtensionInto, loadExtension, type LoadedExtension } from './load-extension';
import { sheetsApiStandIn } from './sheets-api-stand-in';
import { TEAM_SHEET_ID } from './connected-extension';

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

test('a check-in made offline survives closing the browser and lands exactly once after it starts again', async () => {
  const api = await sheetsApiStandIn({ email: 'ana@example.com' });
  cleanup.push(() => api.close());
  const sheet = structuredClone(extTeamOkrSheet);
  api.spreadsheets.set(TEAM_SHEET_ID, sheet);
  const dir = await buildExtensionInto({ SHEETS_API_BASE: api.url });
  const profile = await mkdtemp(join(tmpdir(), 'scorecard-restart-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }), () => rm(profile, { recursive: true, force: true }));

  let ext: LoadedExtension = await loadExtension(dir, { profile });
  await ext.worker.evaluate(async (id) => {
    await chrome.storage.local.set({
      options: { sheets: [{ spreadsheetId: id, tab: 'Q4 OKRs', gid: 1822, title: 'Growth team OKRs', timeZone: 'Europe/Lisbon' }], names: ['Ana Pereira'], refreshMinutes: 60 },
    });
  }, TEAM_SHEET_ID);
  const page = await ext.openPopup();
  await expect.poll(() => page.locator('.kr').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  api.mode = 'down';
  await page.getByRole('button', { name: 'Check in: Raise NPS from 20 to 40' }).click();
  const field = page.getByLabel('New current value');
  await field.fill('33');
  await field.press('Enter');
  await expect.poll(() => page.locator('[data-check-in="waiting"]').textContent(), { timeout: 15_000 }).toMatch(/Waiting to send/);
  await ext.close();

  api.mode = 'ok';
  ext = await loadExtension(dir, { profile });
  cleanup.push(() => ext.close());
  const written = () => api.writes.filter((w) => w.url.includes('values:batchUpdate') && w.status === 200).length;
  // The browser starting again refreshes (runtime.onStartup), which sends what waits; a popup opening would too.
  const popup = await ext.openPopup();
  await expect.poll(written, { timeout: 20_000 }).toBe(1);
  await expect.poll(() => popup.locator('.check-in-state').count()).toBe(0);
  expect(sheet.tabs[0]!.values[11]![7]).toBe(33);
  await popup.getByRole('button', { name: 'Refresh' }).click();
  await expect.poll(() => popup.locator('.popup[aria-busy="true"]').count()).toBe(0);
  expect(written()).toBe(1);
  await expect(ext.worker.evaluate(async () => (await chrome.storage.local.get('checkIns')).checkIns)).resolves.toEqual([]);
});
