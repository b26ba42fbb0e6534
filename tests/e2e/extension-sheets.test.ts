import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readSheet } from '../../shared/read-sheet';
import { readSettings } from '../../shared/read-settings';
import { myKeyResults } from '../../shared/my-key-results';
import { countStatuses } from '../../shared/count-statuses';
import { extMyRows, extTeamOkrSheet } from '../fixtures/ext-team-okr-sheet';
import { ageExtensionCache } from './age-extension-cache';
import type { LoadedExtension } from './load-extension';
import type { SheetsApiStandIn } from './sheets-api-stand-in';
import { standInExtension, type StandInExtension } from './stand-in-extension';

const SHEET_ID = '1GrowthTeamOkrSheet_abcdefghijklmnop';
const OTHER_ID = '1PlatformTeamOkrSheet_abcdefghijklmn';

/** What the engine says for the fixture, scored with its own settings tab. */
function expected() {
  const [okr, settingsTab] = extTeamOkrSheet.tabs;
  const { settings } = readSettings(settingsTab!.values);
  const report = readSheet(okr!.values, { settings });
  const groups = myKeyResults(report, ['ana@example.com', 'Ana Pereira'], report.asOf);
  return { report, groups, krs: groups.flatMap((g) => g.keyResults) };
}

async function shownKrs(page: Page) {
  return page.locator('.kr').evaluateAll((els) =>
    els.map((e) => ({
      row: Number(e.getAttribute('data-row')),
      status: e.getAttribute('data-status'),
      score: e.querySelector('.kr-score')?.textContent ?? null,
      title: e.querySelector('.kr-title')?.textContent ?? null,
    })),
  );
}

describe('test build against a local Sheets API stand-in', () => {
  let api: SheetsApiStandIn;
  let dir: string;
  let ext: LoadedExtension;
  let loaded: StandInExtension | undefined;

  beforeAll(async () => {
    loaded = await standInExtension({
      [SHEET_ID]: extTeamOkrSheet,
      [OTHER_ID]: {
        title: 'Platform team OKRs',
        timeZone: 'UTC',
        tabs: [{ title: 'OKRs', sheetId: 0, values: [['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current'], ['Stay reliable', 'Cut incidents from 10 to 4', 'Chloe Martin', 10, 4, 6]] }],
      },
    });
    ({ api, ext, dir } = loaded);
    await mkdir('test-results', { recursive: true });
  });
  afterAll(() => loaded?.close());

  test('the test build may reach the stand-in; nothing else changed in the permissions', async () => {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { permissions: string[]; host_permissions: string[] };
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'identity', 'notifications']);
    expect(manifest.host_permissions).toContain(`${api.url}/*`);
  });

  test('options page rejects a link that is not a Google Sheet, then connects one and picks the tab from its gid', async () => {
    const page = await ext.openOptions();
    const field = page.getByLabel('Add a sheet: paste its link');
    await field.fill('https://docs.google.com/document/d/1abcdefghijklmnopqrstuvwxyz/edit');
    await page.getByRole('button', { name: 'Add sheet' }).click();
    await expect.poll(() => page.locator('#sheet-url-help').textContent()).toMatch(/not a Google Sheet link/);
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');

    await field.fill(`https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit#gid=1822`);
    await page.getByRole('button', { name: 'Add sheet' }).click();
    const item = page.locator(`li[data-sheet="${SHEET_ID}"]`);
    await item.waitFor();
    await expect(item.locator('.grow').textContent()).resolves.toBe('Growth team OKRs');
    await expect(item.locator('select').inputValue()).resolves.toBe('Q4 OKRs');
    const tabs = await item.locator('select option').allTextContents();
    expect(tabs).toEqual(['Q4 OKRs', 'KPIs']); // the settings tab is not offered
    await item.locator('select').selectOption('KPIs');
    await expect.poll(() => ext.worker.evaluate(async () => ((await chrome.storage.local.get('options')).options as { sheets: { tab: string; gid: number }[] }).sheets[0])).toEqual(expect.objectContaining({ tab: 'KPIs', gid: 7 }));
    await item.locator('select').selectOption('Q4 OKRs');

    await field.fill('https://docs.google.com/spreadsheets/d/1NoSuchSheetAnywhere_abcdefghijk/edit');
    await page.getByRole('button', { name: 'Add sheet' }).click();
    await expect.poll(() => page.locator('#sheet-url-help').textContent()).toMatch(/Sheet not found/);

    await field.fill(`https://docs.google.com/spreadsheets/d/${OTHER_ID}/edit`);
    await page.getByRole('button', { name: 'Add sheet' }).click();
    await page.locator(`li[data-sheet="${OTHER_ID}"]`).waitFor();
    await page.getByRole('button', { name: 'Remove Platform team OKRs (OKRs)' }).click();
    await expect.poll(() => page.locator(`li[data-sheet="${OTHER_ID}"]`).count()).toBe(0);

    await page.getByLabel('Read the sheets again every').selectOption('60');
    await expect.poll(async () => Math.abs(((await ext.worker.evaluate(async () => (await chrome.alarms.get('refresh'))?.periodInMinutes)) ?? 0) - 60)).toBeLessThanOrEqual(6);

    await page.getByLabel('Add a name').fill('Ana Pereira');
    await page.getByRole('button', { name: 'Add name' }).click();
    await page.getByText('Ana Pereira', { exact: true }).waitFor();
    await expect.poll(() => page.locator('[data-email]').getAttribute('data-email')).toBe('ana@example.com');
    await page.screenshot({ path: 'test-results/extension-options.png', fullPage: true });
    const saved = await ext.worker.evaluate(async () => (await chrome.storage.local.get('options')).options as { sheets: { spreadsheetId: string; tab: string; gid: number }[]; names: string[] });
    expect(saved.sheets.map((s) => [s.spreadsheetId, s.tab, s.gid])).toEqual([[SHEET_ID, 'Q4 OKRs', 1822]]);
    expect(saved.names).toEqual(['Ana Pereira']);
    expect(ext.errors).toEqual([]);
    await page.close();
  });

  test('popup shows exactly my current KRs with the scores and statuses readSheet gives; badge = red count', async () => {
    const { krs, groups } = expected();
    expect(krs.map((k) => k.row)).toEqual(extMyRows);
    const page = await ext.openPopup();
    await expect.poll(() => page.locator('.kr').count(), { timeout: 15_000 }).toBe(extMyRows.length);
    const shown = await shownKrs(page);
    expect(shown).toEqual(krs.map((k) => ({ row: k.row, status: k.status, score: k.score === null ? '–' : k.score.toFixed(2), title: k.title })));
    const objectiveScores = await page.locator('.objective-score').allTextContents();
    expect(objectiveScores).toEqual(groups.map((g) => (g.objective.score === null ? '–' : g.objective.score.toFixed(2))));
    // The sheet's own settings tab is what makes row 7 green (defaults would give amber).
    expect(shown.find((k) => k.row === 7)?.status).toBe('green');

    const counts = countStatuses(krs);
    expect(counts.red).toBeGreaterThan(0);
    await expect(page.locator('[data-count="red"]').textContent()).resolves.toContain(`${counts.red} off track`);
    await expect(page.locator('.summary-age').textContent()).resolves.toMatch(/updated (just now|\d+ min ago)/);
    // Each KR's values in its own unit: the sheet shows 71% where the API's unformatted value is 0.71.
    await expect(page.locator('.kr[data-row="5"] .kr-now').textContent()).resolves.toBe('now 71%');
    await expect(page.locator('.kr[data-row="9"] .kr-target').textContent()).resolves.toBe('target 6%');
    const link = await page.locator('.kr[data-row="5"] .kr-link').getAttribute('href');
    expect(link).toBe(`https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit#gid=1822&range=A5`);
    await expect.poll(() => ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe(String(counts.red));

    const batch = api.requests.find((r) => r.includes('values:batchGet'))!;
    const query = new URL(batch, api.url).searchParams;
    // The options page saw the spreadsheet's tabs when the sheet was added (no history tab yet): the first
    // read asks only for the tabs that exist, so it is one request, never a 400 and a second try.
    expect(query.getAll('ranges')).toEqual(["'Q4 OKRs'!A:ZZ", "'Scorecard settings'!A:B"]);
    const asked = api.requests.filter((r) => r.includes('values:batchGet')).map((r) => new URL(r, api.url).searchParams.getAll('ranges'));
    expect(asked.filter((ranges) => ranges.includes("'Scorecard history'!A:L"))).toEqual([]);
    expect(query.get('valueRenderOption')).toBe('UNFORMATTED_VALUE');
    expect(query.get('dateTimeRenderOption')).toBe('SERIAL_NUMBER');

    await page.screenshot({ path: 'test-results/extension-popup-light.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: 'test-results/extension-popup-dark.png', fullPage: true });
    expect(ext.errors).toEqual([]);
    await page.close();
  });

  test('a KR titled <img src=x onerror=alert(1)> is shown as text', async () => {
    const page = await ext.openPopup();
    const title = page.locator('.kr[data-row="11"] .kr-title');
    await title.waitFor();
    await expect(title.textContent()).resolves.toBe('<img src=x onerror=alert(1)>');
    await expect(page.locator('.popup img').count()).resolves.toBe(0);
    expect(ext.errors.filter((e) => e.startsWith('dialog'))).toEqual([]);
    await page.close();
  });

  test('keyboard: Tab reaches the refresh button and the row links', async () => {
    const page = await ext.openPopup();
    await page.locator('.kr').first().waitFor();
    const focused: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? ''));
    }
    expect(focused).toContain('Refresh');
    expect(focused.some((f) => f.startsWith('Open row'))).toBe(true);
    await page.close();
  });

  test('connected but nothing owned by me: says so and offers the whole team', async () => {
    api.delayMs = 1500; // the new sheet takes a while: meanwhile the popup must not paint the old sheet's view
    await ext.worker.evaluate(async (id) => {
      const { options } = (await chrome.storage.local.get('options')) as { options: object };
      await chrome.storage.local.set({ options: { ...options, sheets: [{ spreadsheetId: id, tab: 'OKRs', gid: 0, title: 'Platform team OKRs', timeZone: 'UTC' }] } });
    }, OTHER_ID);
    const page = await ext.openPopup();
    // The view cached for the previous options (7 KRs of another sheet) is not painted for the new ones.
    await page.locator('[data-state="loading"]').waitFor();
    await expect(page.locator('.kr').count()).resolves.toBe(0);
    api.delayMs = 0;
    const notice = page.locator('[data-state="none-mine"]');
    await notice.waitFor({ timeout: 15_000 });
    await expect(notice.textContent()).resolves.toContain('ana@example.com');
    await expect(page.locator('.kr').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Show the whole team' }).click();
    await expect.poll(() => page.locator('.kr').count()).toBe(1);
    await expect(page.locator('.kr .kr-owner').textContent()).resolves.toBe('Chloe Martin');
    await page.getByRole('button', { name: 'Show only mine' }).click();
    await expect.poll(() => page.locator('.kr').count()).toBe(0);
    await page.close();
  });

  test('a tab without key results says so instead of showing nothing', async () => {
    await ext.worker.evaluate(async (id) => {
      const { options } = (await chrome.storage.local.get('options')) as { options: object };
      await chrome.storage.local.set({ options: { ...options, sheets: [{ spreadsheetId: id, tab: 'KPIs', gid: 7, title: 'Growth team OKRs', timeZone: 'UTC' }] } });
    }, SHEET_ID);
    const page = await ext.openPopup();
    const notice = page.locator('[data-state="no-key-results"]');
    await notice.waitFor({ timeout: 15_000 });
    await expect(notice.textContent()).resolves.toContain('holds KPIs');
    await expect(page.locator('[data-state="none-mine"]').count()).resolves.toBe(0);
    await page.close();
  });

  test('403, 404, 401 (signed out) and a server that is down show their message and the cached data with its age', async () => {
    await ext.worker.evaluate(async (id) => {
      const { options } = (await chrome.storage.local.get('options')) as { options: object };
      await chrome.storage.local.set({ options: { ...options, sheets: [{ spreadsheetId: id, tab: 'Q4 OKRs', gid: 1822, title: 'Growth team OKRs', timeZone: 'Europe/Lisbon' }] } });
    }, SHEET_ID);
    const first = await ext.openPopup();
    await expect.poll(() => first.locator('.kr').count(), { timeout: 15_000 }).toBe(extMyRows.length);
    await first.close();

    const cases: [SheetsApiStandIn['mode'], string, RegExp][] = [
      [403, 'no-access', /do not have access/],
      [404, 'not-found', /not found/i],
      [401, 'signed-out', /signed out/i],
      ['down', 'offline', /offline|cannot be reached/],
    ];
    for (const [mode, state, message] of cases) {
      api.mode = mode;
      if (mode === 'down') await api.close();
      await ageExtensionCache(ext); // a popup opening reads only a cache older than a minute
      const page = await ext.openPopup();
      const notice = page.locator(`[data-state="${state}"]`);
      await notice.waitFor({ timeout: 15_000 });
      await expect(notice.textContent()).resolves.toMatch(message);
      await expect(notice.locator('.notice-age').textContent()).resolves.toMatch(/Showing the data saved (just now|\d+ min ago)/);
      await expect(page.locator('.kr').count()).resolves.toBe(extMyRows.length);
      if (state === 'signed-out') await expect(page.getByRole('button', { name: 'Sign in with Google' }).isVisible()).resolves.toBe(true);
      await page.screenshot({ path: `test-results/extension-popup-${state}.png`, fullPage: true });
      await page.close();
    }
    expect(ext.errors).toEqual([]);
  });
});
