/**
 * The built Sidebar.html and Settings.html in real Chromium. google.script.run is stubbed: each call is
 * forwarded to the built Code.js running on the local Apps Script service, so the sidebar shows what
 * the add-on really returns for a sheet — including cells holding HTML, which must show as text — and
 * a long KPI layout as one entry per KPI with its history sparkline and a guessed direction marked.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtAddOn, fixturesDir, loadAddOn, outputColumns, readGrid, repoRoot, settingsWithAsOf, type AddOn } from '../apps-script/addon-harness';
import { openChromium } from './open-chromium';
import { openAddOnPage, type Opened } from './open-add-on-page';
import { ADD_ON_LOOK, addOnLook } from './add-on-look';
import { seedDemoHistory } from '../../apps-script/local/demo-history';
import { longKpiSheet as LONG } from '../fixtures/long-kpi-sheet';

const XSS_KR = '<img src=x onerror=alert(1)>';
const XSS_OBJECTIVE = '<script>alert(2)</script> Be safe';

let context: BrowserContext;
let outDir: string;
const shots = path.join(repoRoot, 'test-results');

beforeAll(async () => {
  outDir = (await builtAddOn()).outDir;
  mkdirSync(shots, { recursive: true });
  context = await openChromium('scorecard-sidebar-profile-');
});

afterAll(async () => {
  await context?.close();
});

/** Opens a built HTML file with google.script.run answered by the add-on's Code.js on `addOn`. */
function open(file: string, addOn: AddOn): Promise<Opened> {
  return openAddOnPage(context, outDir, file, addOn);
}

async function demoAddOn(): Promise<AddOn> {
  const grid = readGrid(path.join(fixturesDir, 'addon-demo-okr.tsv'));
  grid.push([XSS_OBJECTIVE, XSS_KR, '<b>mallory</b>', 'Growth', 'Q4 2026', 'Committed', '', '0', '10', '4', '', '1']);
  return loadAddOn({ 'Demo OKRs': grid, 'Scorecard settings': settingsWithAsOf('2026-11-16') });
}

describe('the Dashboard sidebar in Chromium', () => {
  it('renders objectives with progress bars and shows HTML from cells as text', async () => {
    const addOn = await demoAddOn();
    const { page, errors, calls } = await open('Sidebar.html', addOn);
    await page.getByText('Delight new customers').waitFor();
    expect(calls[0]?.name).toBe('getDashboard');
    await expect(page.getByText(XSS_KR, { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByText(XSS_OBJECTIVE, { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByText('<b>mallory</b>', { exact: true }).count()).resolves.toBeGreaterThan(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#app script, #app b').count()).toBe(0);
    expect(await page.locator('.objective').count()).toBe(4);
    expect(await page.locator('[role=progressbar]').count()).toBeGreaterThan(10);
    // Values in each KR's own unit (formatValue), and one word for a pending milestone.
    const csat = page.locator('.kr', { hasText: 'Raise onboarding CSAT' });
    await expect(csat.locator('.kr-now').textContent()).resolves.toBe('now 72%');
    await expect(csat.locator('.kr-target').textContent()).resolves.toBe('target 75%');
    const burn = page.locator('.kr', { hasText: 'Reduce monthly burn' });
    await expect(burn.locator('.kr-now').textContent()).resolves.toBe('now $231.5k');
    await expect(page.locator('.kr', { hasText: 'Ship self-serve billing' }).locator('.pill').textContent()).resolves.toBe('Pending');
    await page.screenshot({ path: path.join(shots, 'sidebar-dashboard.png'), fullPage: true });
    expect(await addOnLook(page)).toEqual(ADD_ON_LOOK);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by owner and team, keeps "my KRs", links rows, and scores from the sidebar', async () => {
    const addOn = await demoAddOn();
    const { page, errors, calls } = await open('Sidebar.html', addOn);
    await page.getByText('Delight new customers').waitFor();

    await page.getByLabel('Team').selectOption('Platform');
    await expect(page.locator('.kr').count()).resolves.toBe(2);
    await page.getByLabel('Team').selectOption('');
    await page.getByLabel('Owner').selectOption('ben@example.com');
    const benKrs = await page.locator('.kr .title').allTextContents();
    expect(benKrs).toEqual(['Cut time-to-first-value from 12 to 7 days', 'Launch the mobile app']);
    await page.getByLabel('Owner').selectOption('');

    // "My KRs": the person saves their identity once, then the switch shows only theirs.
    expect(await page.getByLabel('My KRs').isDisabled()).toBe(true);
    await expect(page.locator('#mine-hint').textContent()).resolves.toContain('Save your name or email');
    await page.getByPlaceholder('your name or email').fill('cara@example.com');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() => !(document.querySelector('.filters input[type=checkbox]') as HTMLInputElement).disabled);
    expect(await page.locator('#mine-hint').count()).toBe(0);
    expect(addOn.local.properties.user.get('scorecard.identity')).toBe('cara@example.com');
    await page.getByLabel('My KRs').check();
    await page.getByText('My key results').waitFor();
    const mine = await page.locator('.kr .title').allTextContents();
    expect(mine).toEqual(['Ship self-serve billing', '+10% qualified leads', 'Establish a baseline for monthly logo churn']);

    // Problem and KR links select the row in the sheet.
    await page.locator('.kr .title').first().click();
    await expect.poll(() => calls.find((c) => c.name === 'goToRow')?.args).toEqual(['Demo OKRs', 4]);

    await page.getByRole('button', { name: 'Score this sheet' }).click();
    await expect.poll(() => outputColumns(addOn.local, 'Demo OKRs').size).toBeGreaterThan(2);
    await page.getByText('Problems (').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists problems with row links', async () => {
    const grid = readGrid(path.join(fixturesDir, 'addon-demo-okr.tsv'));
    grid[2]![8] = 'abc'; // row 3 target is not a number
    const addOn = await loadAddOn({ 'Demo OKRs': grid, 'Scorecard settings': settingsWithAsOf('2026-11-16') });
    const { page, errors, calls } = await open('Sidebar.html', addOn);
    const problem = page.locator('.problem', { hasText: '"abc"' });
    await problem.waitFor();
    await problem.locator('.row-link').click();
    await expect.poll(() => calls.filter((c) => c.name === 'goToRow').at(-1)?.args).toEqual(['Demo OKRs', 3]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the Dashboard on the add-on\'s own tabs', () => {
  it('lists nothing and says what Score this sheet says there', async () => {
    const addOn = await loadAddOn({ 'Scorecard summary': [['Sheet', 'Type', 'Name'], ['OKRs', 'Objective', 'Grow']], 'Scorecard settings': settingsWithAsOf('2026-11-16') });
    const { page, errors } = await open('Sidebar.html', addOn);
    const notice = page.locator('.notice');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toBe('"Scorecard summary" belongs to the add-on — open an OKR or KPI sheet, then Score this sheet.');
    expect(await page.locator('.objective, .kpi, .filters').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the Settings dialog in Chromium', () => {
  it('shows the settings as percentages and saves them to the Scorecard settings tab', async () => {
    const addOn = await loadAddOn({ Data: [['x']] });
    const { page, errors } = await open('Settings.html', addOn);
    const green = page.locator('input[name=aspirationalGreen]');
    await green.waitFor();
    expect(await green.inputValue()).toBe('70');
    await green.fill('65');
    await page.locator('input[name=tolerance]').fill('5');
    await page.locator('select[name=defaultCommitment]').selectOption('committed');
    await page.locator('input[name=asOf]').fill('2026-09-01');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved to the').waitFor();
    const tab = addOn.local.values('Scorecard settings');
    expect(tab).toContainEqual(['Aspirational green at', 0.65]);
    expect(tab).toContainEqual(['KPI tolerance', 0.05]);
    expect(tab).toContainEqual(['Default commitment', 'committed']);
    expect(tab).toContainEqual(['As-of date', '2026-09-01']);
    await page.setViewportSize({ width: 460, height: 560 }); // the dialog's size in Sheets
    await page.screenshot({ path: path.join(shots, 'settings-dialog.png'), fullPage: true });
    expect(await addOnLook(page)).toEqual(ADD_ON_LOOK);

    // Amber above green: the engine refuses it and nothing is written.
    await page.locator('input[name=committedGreen]').fill('60');
    await page.locator('input[name=committedAmber]').fill('90');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Not saved').waitFor();
    await page.locator('.problem', { hasText: /amber/i }).first().waitFor();
    expect(addOn.local.values('Scorecard settings')).toEqual(tab);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the Dashboard sidebar with eight weeks of history in Chromium', () => {
  it('shows each KR trend, change since last check-in, who checked in and stalled KRs, and each objective burn-up as accessible SVG', async () => {
    const addOn = await loadAddOn({ 'Demo OKRs': readGrid(path.join(fixturesDir, 'addon-demo-okr.tsv')), 'Scorecard settings': settingsWithAsOf('2026-11-16') });
    addOn.code.call('scoreThisSheet');
    seedDemoHistory(addOn.local, '2026-11-16');
    addOn.code.call('scoreThisSheet');
    const { page, errors } = await open('Sidebar.html', addOn);
    await page.getByRole('link', { name: 'Delight new customers' }).waitFor();
    const krs = await page.locator('.kr').count();
    const sparks = page.locator('.kr-spark[role=img]');
    // Every scored KR has a trend; the baseline KR has no score, so no trend to draw.
    const baseline = page.locator('.kr', { hasText: 'Establish a baseline for monthly logo churn' });
    expect(await baseline.count()).toBe(1);
    expect(await baseline.locator('.kr-spark').count()).toBe(0);
    expect(await sparks.count()).toBe(krs - 1);
    expect(await sparks.first().getAttribute('aria-label')).toMatch(/^Score trend: \d\.\d\d on Sep 21 to \d\.\d\d on Nov 16, 9 check-ins$/);
    expect(await page.locator('.kr-spark svg polyline').count()).toBe(krs - 1);
    expect(await page.locator('.since').count()).toBe(krs - 1);
    await page.getByText('checked in Nov 9 by ana@example.com').waitFor();
    const stalled = await page.locator('.kr', { has: page.locator('.stalled') }).locator('.title').allTextContents();
    expect(stalled).toContain('Cut time-to-first-value from 12 to 7 days'); // flat for three weeks in the demo history
    expect(stalled.length).toBeLessThan(krs);
    const burnUps = page.getByRole('img', { name: /^Burn-up: / });
    expect(await burnUps.count()).toBe(await page.locator('.objective').count());
    expect(await page.locator('.burn-up svg title').first().textContent()).toBe('Burn-up: Delight new customers');
    expect(await page.locator('.burn-up figcaption').first().textContent()).toMatch(/^Burn-up of Delight new customers: score \d\.\d\d on Nov 16, expected \d\.\d\d by now/);
    expect(await page.locator('.burn-up-expected').count()).toBe(await burnUps.count());
    await page.screenshot({ path: path.join(shots, 'sidebar-history.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the Dashboard sidebar on a long KPI layout in Chromium', () => {
  it('shows one entry per KPI with its history sparkline, and marks a guessed direction', async () => {
    const addOn = await loadAddOn({ 'Monthly KPIs': LONG, 'Scorecard settings': settingsWithAsOf('2026-04-15') });
    const { page, errors } = await open('Sidebar.html', addOn);
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
