import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extMyRows } from '../fixtures/ext-team-okr-sheet';
import { ageExtensionCache } from './age-extension-cache';
import { connectedExtension, type ConnectedExtension } from './connected-extension';
import type { LoadedExtension } from './load-extension';
import type { SheetsApiStandIn } from './sheets-api-stand-in';

/**
 * Sheets API value reads the stand-in answered so far: values:batchGet and values.get (the display read of
 * value formats counts too; only background refreshes make it, never a popup opening).
 */
function reads(api: SheetsApiStandIn): number {
  return api.requests.filter((r) => r.includes('values:batchGet') || r.includes('/values/')).length;
}

describe('load on the Sheets API: reads per popup open (test build)', () => {
  let api: SheetsApiStandIn;
  let ext: LoadedExtension;
  let connected: ConnectedExtension | undefined;

  beforeAll(async () => {
    connected = await connectedExtension();
    ({ api, ext } = connected);
  });
  afterAll(() => connected?.close());

  test('10 popup opens within a minute of a fresh read: no read at all (the popup paints from the cache and says how old)', async () => {
    const first = await ext.openPopup();
    await expect.poll(() => first.locator('.kr').count(), { timeout: 15_000 }).toBe(extMyRows.length);
    await expect.poll(() => first.locator('[aria-busy="true"]').count()).toBe(0);
    await first.close();
    const before = reads(api);
    expect(before).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < 10; i++) {
      const page = await ext.openPopup();
      await expect.poll(() => page.locator('.kr').count(), { timeout: 15_000 }).toBe(extMyRows.length);
      await expect.poll(() => page.locator('.summary-age').textContent()).toMatch(/updated (just now|1 min ago)/);
      await page.close();
    }
    // The background runs refreshes one after another: a Refresh click now (one read, the cache is
    // fresh but a click always reads) ends after every refresh those 10 opens asked for.
    const last = await ext.openPopup();
    await last.locator('.kr').first().waitFor();
    await last.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => reads(api) - before, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    await expect.poll(() => last.locator('.popup[aria-busy="true"]').count()).toBe(0);
    await last.close();
    // The figure the README states: 0 reads for 10 opens within a minute of a fresh read (+1 for the click).
    expect(reads(api) - before).toBe(1);
  });

  test('a popup open with a cache older than 60 s reads each sheet exactly once', async () => {
    await ageExtensionCache(ext);
    const before = reads(api);
    const page = await ext.openPopup();
    await expect.poll(() => reads(api) - before, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.locator('.popup[aria-busy="true"]').count()).toBe(0);
    await expect(page.locator('.summary-age').textContent()).resolves.toMatch(/updated just now/);
    await page.close();
    expect(reads(api) - before).toBe(1);
  });

  test('429 with Retry-After: the popup keeps the data, says when it will try again, and does not read during the backoff', async () => {
    await ageExtensionCache(ext);
    api.mode = 429;
    api.retryAfter = '300';
    const before = reads(api);
    const page = await ext.openPopup();
    const notice = page.locator('.notice-retry');
    await notice.waitFor({ timeout: 15_000 });
    await expect(notice.textContent()).resolves.toMatch(/Trying again in (4|5) min/);
    await expect(page.locator('.kr').count()).resolves.toBe(extMyRows.length);
    await page.screenshot({ path: 'test-results/extension-popup-busy.png', fullPage: true });
    await page.close();
    expect(reads(api) - before).toBe(1);
    const again = await ext.openPopup();
    await again.locator('.notice-retry').waitFor();
    await expect.poll(() => again.locator('.popup[aria-busy="true"]').count()).toBe(0);
    await again.close();
    expect(reads(api) - before).toBe(1);
    await expect(ext.worker.evaluate(async () => (await chrome.alarms.get('retry'))?.scheduledTime ?? 0)).resolves.toBeGreaterThan(Date.now() + 240_000);
    api.mode = 'ok';
    delete api.retryAfter;
  });
});
