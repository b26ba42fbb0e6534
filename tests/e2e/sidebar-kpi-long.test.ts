/**
 * The built Sidebar.html in real Chromium on a long KPI layout (one row per KPI per month): one entry per
 * KPI with the sparkline of its history, and a direction guessed from a KPI's name marked as such.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../shared/types';
import { builtAddOn, loadAddOn, repoRoot, settingsWithAsOf } from '../apps-script/addon-harness';
import { openChromium } from './open-chromium';
import { openAddOnPage } from './open-add-on-page';

let context: BrowserContext;
let outDir: string;
const shots = path.join(repoRoot, 'test-results');

beforeAll(async () => {
  outDir = (await builtAddOn()).outDir;
  mkdirSync(shots, { recursive: true });
  context = await openChromium('scorecard-sidebar-kpi-profile-');
});

afterAll(async () => {
  await context?.close();
});

const LONG: Cell[][] = [
  ['KPI', 'Owner', 'Month', 'Target', 'Actual'],
  ['Revenue', 'ana@example.com', 'Jan', 100, 90],
  ['Days to close', 'bo@example.com', 'Jan', 4, 6],
  ['Revenue', 'ana@example.com', 'Mar', 100, 105],
  ['Days to close', 'bo@example.com', 'Feb', 4, 5],
  ['Revenue', 'ana@example.com', 'Feb', 100, 95],
];

describe('the Dashboard sidebar on a long KPI layout in Chromium', () => {
  it('shows one entry per KPI with its history sparkline, and marks a guessed direction', async () => {
    const addOn = await loadAddOn({ 'Monthly KPIs': LONG, 'Scorecard settings': settingsWithAsOf('2026-04-15') });
    const { page, errors } = await openAddOnPage(context, outDir, 'Sidebar.html', addOn);
    await page.locator('.kpi').first().waitFor();
    expect(await page.locator('.kpi').count()).toBe(2);
    const revenue = page.locator('.kpi', { hasText: 'Revenue' });
    const days = page.locator('.kpi', { hasText: 'Days to close' });
    // Three months of Revenue, two of Days to close: a line with as many points.
    const points = async (kpi: typeof revenue) => ((await kpi.locator('svg.spark polyline').getAttribute('points')) ?? '').trim().split(/\s+/).length;
    await expect(points(revenue)).resolves.toBe(3);
    await expect(points(days)).resolves.toBe(2);
    await expect(revenue.locator('.guessed').count()).resolves.toBe(0);
    await expect(days.locator('.guessed').textContent()).resolves.toBe('lower is better, guessed from "days to" — add a Direction column');
    await page.screenshot({ path: path.join(shots, 'sidebar-kpi-long.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
