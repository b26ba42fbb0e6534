import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildExtensionInto, EXTENSION_ID, loadExtension, type LoadedExtension } from './load-extension';

describe('normal build in Chromium', () => {
  let dir: string;
  let ext: LoadedExtension;

  beforeAll(async () => {
    dir = await buildExtensionInto();
    ext = await loadExtension(dir);
    await mkdir('test-results', { recursive: true });
  });
  afterAll(async () => {
    await ext?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('has the stable id from the manifest key and no localhost permission', async () => {
    expect(ext.extensionId).toBe(EXTENSION_ID);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
    expect(manifest.host_permissions.join(' ')).not.toMatch(/127\.0\.0\.1|localhost/);
    for (const name of ['popup.js', 'options.js', 'background.js']) {
      const js = await readFile(join(dir, name), 'utf8');
      expect(js).not.toMatch(/\beval\(|new Function\(|https:\/\/[^"'`]*\.js\b|127\.0\.0\.1/);
    }
  });

  test('popup shows labelled demo key results with data-status and no page errors', async () => {
    const page = await ext.openPopup();
    await page.locator('.kr[data-status]').first().waitFor();
    await expect(page.locator('.demo-tag').textContent()).resolves.toBe('Demo');
    const statuses = await page.locator('.kr').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThanOrEqual(4);
    for (const s of statuses) expect(['green', 'amber', 'red', 'grey']).toContain(s);
    expect(new Set(statuses).size).toBeGreaterThanOrEqual(3);
    await expect(page.getByRole('button', { name: 'Connect a sheet' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: 'test-results/extension-popup-demo.png', fullPage: true });
    expect(ext.errors).toEqual([]);
    const badge = await ext.worker.evaluate(() => chrome.action.getBadgeText({}));
    expect(badge).toBe('');
  });

  test('"Connect a sheet" opens the options page', async () => {
    const page = await ext.openPopup();
    const optionsPage = ext.context.waitForEvent('page');
    await page.getByRole('button', { name: 'Connect a sheet' }).click();
    const opened = await optionsPage;
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`chrome-extension://${ext.extensionId}/options.html`);
  });
});
