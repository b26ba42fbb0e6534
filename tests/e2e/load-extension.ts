import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The extension id the manifest's key gives (documented in the README). */
export const EXTENSION_ID = 'aipcbbckdgffjoafkhbabpaflpeigjoa';

/** Builds the extension with `tsx extension/build/build-extension.ts` (as `npm run build` does) into a fresh temp dir. */
export async function buildExtensionInto(env: Record<string, string> = {}): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'scorecard-ext-'));
  await promisify(execFile)(join(root, 'node_modules/.bin/tsx'), ['extension/build/build-extension.ts'], {
    cwd: root,
    env: { ...process.env, SHEETS_API_BASE: '', OAUTH_CLIENT_ID: '', ...env, EXTENSION_OUT_DIR: outDir },
  });
  return outDir;
}

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Page errors and console errors seen on extension pages. */
  errors: string[];
  openPopup(options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  openOptions(): Promise<Page>;
  close(): Promise<void>;
}

/** Starts Chromium (new headless) with only this unpacked extension loaded, in a fresh profile. */
export async function loadExtension(dir: string, options: { profile?: string } = {}): Promise<LoadedExtension> {
  // A given profile (a browser restart) is kept on close; a fresh one is removed.
  const userDataDir = options.profile ?? (await mkdtemp(join(tmpdir(), 'scorecard-profile-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // Failed requests (403, 404, server down) are expected in the error-state tests; Chromium logs each one.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  };
  const open = async (path: string, colorScheme: 'light' | 'dark' = 'light', width = 380) => {
    const page = await context.newPage();
    watch(page);
    await page.setViewportSize({ width, height: 600 });
    await page.emulateMedia({ colorScheme });
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };
  return {
    context,
    worker,
    extensionId,
    errors,
    openPopup: (options) => open('popup.html', options?.colorScheme),
    openOptions: () => open('options.html', 'light', 800),
    close: async () => {
      await context.close();
      if (!options.profile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
