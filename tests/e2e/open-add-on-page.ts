import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { AddOn } from '../apps-script/addon-harness';

export interface Opened {
  page: Page;
  calls: { name: string; args: unknown[] }[];
  errors: string[];
}

/** Opens a built HTML file with google.script.run answered by the add-on's Code.js on `addOn`. */
export async function openAddOnPage(context: BrowserContext, outDir: string, file: string, addOn: AddOn): Promise<Opened> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 300, height: 900 });
  const calls: Opened['calls'] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.exposeFunction('__serverCall', (name: string, args: unknown[]) => {
    calls.push({ name, args });
    try {
      return { ok: true, value: JSON.parse(JSON.stringify(addOn.code.call(name, ...args) ?? null)) };
    } catch (error) {
      return { ok: false, value: error instanceof Error ? error.message : String(error) };
    }
  });
  await page.addInitScript(() => {
    type Handler = (v: unknown) => void;
    const runner = (ok: Handler, fail: Handler): unknown =>
      new Proxy(
        {},
        {
          get(_t, name: string) {
            if (name === 'withSuccessHandler') return (fn: Handler) => runner(fn, fail);
            if (name === 'withFailureHandler') return (fn: Handler) => runner(ok, fn);
            return (...args: unknown[]) => {
              const call = (window as unknown as { __serverCall: (n: string, a: unknown[]) => Promise<{ ok: boolean; value: unknown }> }).__serverCall;
              void call(name, args).then((r) => (r.ok ? ok(r.value) : fail(new Error(String(r.value)))));
            };
          },
        },
      );
    (window as unknown as { google: unknown }).google = { script: { run: runner(() => {}, () => {}), host: { close: () => {} } } };
  });
  // Served from an intercepted URL (nothing reaches the network) so the init script runs before the page's own.
  await page.route('http://scorecard.test/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: readFileSync(path.join(outDir, file), 'utf8') }));
  await page.goto(`http://scorecard.test/${file}`);
  return { page, calls, errors };
}
