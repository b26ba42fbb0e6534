import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtAddOn, fixturesDir } from '../apps-script/addon-harness';
import { ADD_ON_LOOK, addOnLook } from './add-on-look';

/** google.script.run as the dialog sees it, answering from `window.__options` and recording calls in `window.__calls`. */
const STUB = `
window.__calls = [];
window.__options = {
  locale: 'en-US',
  newTabName: 'KPI import',
  kpiTabs: [{ name: 'KPIs', kpis: ['Monthly revenue', 'Gross margin', 'Logo churn', 'NPS'], periods: ['Oct 2026'], scoresActualColumn: false }],
};
function runner(ok, fail) {
  return new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (f) => runner(f, fail);
      if (name === 'withFailureHandler') return (f) => runner(ok, f);
      return (...args) => {
        window.__calls.push({ name, args });
        setTimeout(() => {
          if (name === 'getImportOptions') ok(window.__options);
          else if (name === 'importKpiExport') ok({ sheetName: 'KPI import', rows: 4, matched: 0, unmatched: [], missing: [], column: 1, message: 'Imported 4 rows into "KPI import".' });
          else fail(new Error('unknown ' + String(name)));
        }, 0);
      };
    },
  });
}
window.google = { script: { run: runner(() => {}, () => {}), host: { close() { window.__closed = true; } } } };
`;

let context: BrowserContext;
let profile: string;
let html: string;

beforeAll(async () => {
  const built = await builtAddOn();
  html = readFileSync(path.join(built.outDir, 'ImportDialog.html'), 'utf8');
  profile = await mkdtemp(path.join(tmpdir(), 'scorecard-dialog-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await context.route('**/*', (route) => route.abort());
});

afterAll(async () => {
  await context?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

async function openDialog(): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.setViewportSize({ width: 960, height: 680 });
  await page.setContent(html.replace('<script>', `<script>${STUB}</script><script>`));
  await page.waitForFunction(() => (window as unknown as { __calls: { name: string }[] }).__calls.some((c) => c.name === 'getImportOptions'));
  return { page, errors };
}

describe('Import KPI export dialog (built ImportDialog.html in Chromium)', () => {
  it('previews a paste with the engine, showing pasted markup and formulas as text, then imports', async () => {
    const { page, errors } = await openDialog();
    const text = `${readFileSync(path.join(fixturesDir, 'finance-formula-lines.csv'), 'utf8')}<img src=x onerror="window.__xss=1">,,,,<b>bold</b>,,\n`;
    await page.fill('textarea', text);
    await expect.poll(() => page.locator('.preview td').count()).toBeGreaterThan(0);
    const detected = await page.locator('.detected').innerText();
    expect(detected).toContain('Header: line 5');
    expect(detected).toContain('Delimiter: comma');
    expect(detected).toContain('locale en-US');
    const cells = await page.locator('.preview td').allInnerTexts();
    expect(cells).toContain('=HYPERLINK("http://x","click")');
    expect(cells).toContain('@SUM(A1)');
    expect(cells).toContain('<b>bold</b>');
    expect(cells).toContain('41.2%');
    // A column mixing units shows each cell as written: money in a column of mostly percentages.
    expect(cells).toContain('$112,500.5');
    expect(await page.locator('.preview b, .preview img, .preview a').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.locator('details summary').click();
    expect(await page.locator('.skipped').innerText()).toContain('Line 1: title line above the header');

    await page.screenshot({ path: 'test-results/import-dialog-preview.png', fullPage: true });
    // One look with the sidebar and the Settings dialog (the add-on's one stylesheet).
    expect(await addOnLook(page)).toEqual(ADD_ON_LOOK);
    await page.getByRole('button', { name: /^Import 5 rows/ }).click();
    await expect.poll(() => page.locator('.result').count()).toBe(1);
    const calls = await page.evaluate(() => (window as unknown as { __calls: { name: string; args: unknown[] }[] }).__calls);
    const imported = calls.find((c) => c.name === 'importKpiExport');
    expect(imported?.args).toEqual([{ text, destination: { kind: 'new', name: 'KPI import' } }]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('adds to a KPI tab: proposes columns and period, shows matched and unmatched names', async () => {
    const { page, errors } = await openDialog();
    const text = 'Metric,Amount (Nov 2026),Comment\nmonthly REVENUE,"$118,000",ok\nLogo churn,1.7%,\nCoffee,42,\n';
    await page.fill('textarea', text);
    await page.getByText('Add as a new period column to').click();
    await expect.poll(() => page.locator('.unmatched').count()).toBeGreaterThan(0);
    expect(await page.getByLabel('Period', { exact: true }).inputValue()).toBe('Nov 2026');
    expect(await page.getByLabel('Name column', { exact: true }).inputValue()).toBe('0');
    expect(await page.getByLabel('Value column', { exact: true }).inputValue()).toBe('1');
    expect(await page.locator('.preview td').allInnerTexts()).toEqual(expect.arrayContaining(['$118,000', '1.7%', '42']));
    const body = await page.locator('fieldset').innerText();
    expect(body).toContain('2 of 4 KPIs matched');
    expect(body).toContain('Not matched (1): Coffee');
    await page.screenshot({ path: 'test-results/import-dialog-existing.png', fullPage: true });
    await page.getByRole('button', { name: /^Import 2 values/ }).click();
    await expect.poll(() => page.locator('.result').count()).toBe(1);
    const calls = await page.evaluate(() => (window as unknown as { __calls: { name: string; args: unknown[] }[] }).__calls);
    expect(calls.find((c) => c.name === 'importKpiExport')?.args).toEqual([
      { text, destination: { kind: 'existing', sheetName: 'KPIs', nameColumn: 0, valueColumn: 1, period: 'Nov 2026' } },
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a chosen CSV file in the dialog (Windows-1252 too)', async () => {
    const { page, errors } = await openDialog();
    // Windows-1252: é is 0xE9 and € is 0x80 (not valid UTF-8).
    const latin1 = Buffer.concat([Buffer.from("Indicateur;R\u00e9el\nMarge brute;41,2 %\nChiffre d'affaires;1 234,50 ", 'latin1'), Buffer.from([0x80]), Buffer.from('\n')]);
    await page.locator('input[type=file]').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: latin1 });
    await expect.poll(() => page.locator('textarea').inputValue()).toContain('Réel');
    expect(await page.locator('.preview th').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Réel')]));
    expect(await page.locator('.detected').innerText()).toContain('decimal comma');
    expect(await page.locator('.preview td').allInnerTexts()).toEqual(expect.arrayContaining(['41.2%', '1,234.5 €']));
    await page.screenshot({ path: 'test-results/import-dialog-file.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
