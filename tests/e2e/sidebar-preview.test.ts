/**
 * The `npm start` preview (README quick start): the demo sheets scored by the built Code.js, the grid
 * shown with the colours its conditional formatting rules produce, and the real sidebar beside it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview, type Preview } from '../../apps-script/local/preview';
import { repoRoot, samplesDir } from '../apps-script/addon-harness';
import { openChromium } from './open-chromium';

let context: BrowserContext;

beforeAll(async () => {
  context = await openChromium('scorecard-preview-profile-');
});

afterAll(async () => {
  await context?.close();
});

describe('npm start preview', () => {
  let demo: Preview;
  afterAll(async () => {
    await demo?.close();
  });

  it('serves the scored demo sheets with rule colours and the working sidebar on 127.0.0.1', async () => {
    demo = await preview({ port: 0 });
    expect(demo.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(demo.sheets).toEqual(['Demo OKRs', 'Demo KPIs']);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize({ width: 1500, height: 900 });
    await page.goto(demo.url);
    await expect(page.locator('th', { hasText: /^Q$/ }).count()).resolves.toBe(1);
    // Status cells carry the colour the conditional formatting rules give them.
    const statusCells = page.locator('td', { hasText: /^(green|amber|red|grey)$/ });
    expect(await statusCells.count()).toBeGreaterThan(8);
    const colours = new Set(await statusCells.evaluateAll((tds) => tds.map((td) => getComputedStyle(td).backgroundColor)));
    expect([...colours].every((c) => c !== 'rgba(0, 0, 0, 0)')).toBe(true);
    expect(colours.size).toBeGreaterThan(1);
    const sidebar = page.frameLocator('iframe');
    await sidebar.getByRole('link', { name: 'Delight new customers' }).waitFor();
    mkdirSync(path.join(repoRoot, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(repoRoot, 'test-results/sidebar-preview-okr.png') });

    await page.goto(`${demo.url}?sheet=Demo%20KPIs`);
    await sidebar.getByText('Logo churn').first().waitFor();
    expect(await page.locator('td', { hasText: /^(up|down|flat)$/ }).count()).toBeGreaterThan(3);
    expect(await sidebar.locator('svg.spark').count()).toBe(6); // each KPI's recent months
    expect(await sidebar.locator('.trend').count()).toBe(6);
    await page.screenshot({ path: path.join(repoRoot, 'test-results/sidebar-preview-kpi.png') });

    const summary = await (await fetch(`${demo.url}?sheet=Scorecard%20summary`)).text();
    expect(summary).toContain('Delight new customers');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('scores a CSV given on the command line and shows its text escaped', async () => {
    const file = path.join(samplesDir, 'okr/okr_import_bigpicture_constructed.csv');
    const p = await preview({ file, port: 0 });
    try {
      expect(p.sheets).toEqual(['okr_import_bigpicture_constructed']);
      const html = await (await fetch(p.url)).text();
      expect(html).toContain('Scorecard status');
      expect(html).toContain('Increase sales from 120 to 160 deals');
      expect(html).not.toMatch(/<td[^>]*><(?!\/td)/); // no raw tags inside cells
    } finally {
      await p.close();
    }
  });
});
