/**
 * `npm run package`: the Chrome Web Store zip holds the manifest (without the dev `key`, with the OAuth
 * client id), the pages, bundles, stylesheets and icons, and nothing else; it refuses without a client id.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageExtension, storeZipEntries } from '../../extension/build/package-extension';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CLIENT_ID = '123456789-abc.apps.googleusercontent.com';

describe('npm run package', () => {
  let dir: string;
  let zip: Record<string, Uint8Array>;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'scorecard-package-'));
    const result = await packageExtension({ clientId: CLIENT_ID, outDir: path.join(dir, 'extension'), zipPath: path.join(dir, 'store.zip') });
    expect(result.zipPath).toBe(path.join(dir, 'store.zip'));
    zip = unzipSync(readFileSync(result.zipPath));
  });

  it('zips exactly the manifest, pages, bundles, stylesheets and icons', () => {
    expect(Object.keys(zip).sort()).toEqual(
      [
        'background.js',
        'icons/icon-128.png',
        'icons/icon-16.png',
        'icons/icon-32.png',
        'icons/icon-48.png',
        'manifest.json',
        'options.css',
        'options.html',
        'options.js',
        'popup.css',
        'popup.html',
        'popup.js',
      ].sort(),
    );
    expect(Object.keys(zip).filter((n) => /\.map$|test|\.pem$|\.key$|^\./.test(n))).toEqual([]);
  });

  it('the manifest has the client id and version, no key, and names only files in the zip', () => {
    const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json'])) as Record<string, unknown> & {
      oauth2: { client_id: string };
      background: { service_worker: string };
      action: { default_popup: string; default_icon: Record<string, string> };
      options_ui: { page: string };
      icons: Record<string, string>;
    };
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(manifest).not.toHaveProperty('key');
    expect(manifest.oauth2.client_id).toBe(CLIENT_ID);
    expect(manifest.version).toBe(pkg.version);
    const named = [manifest.background.service_worker, manifest.action.default_popup, manifest.options_ui.page, ...Object.values(manifest.icons), ...Object.values(manifest.action.default_icon)];
    expect(named.filter((f) => !(f in zip))).toEqual([]);
    // The unpacked build keeps its key (a stable id while developing).
    expect(JSON.parse(readFileSync(path.join(dir, 'extension/manifest.json'), 'utf8'))).toHaveProperty('key');
  });

  it('leaves out source maps, tests, keys and dotfiles a build folder may hold', async () => {
    const copy = path.join(dir, 'planted');
    cpSync(path.join(dir, 'extension'), copy, { recursive: true });
    mkdirSync(path.join(copy, 'tests'));
    for (const stray of ['popup.js.map', 'key.pem', 'extension.crx', '.DS_Store', 'tests/popup.test.js', 'icons/icon.svg']) writeFileSync(path.join(copy, stray), 'x');
    const names = Object.keys(await storeZipEntries(copy));
    expect(names.sort()).toEqual(Object.keys(zip).sort());
  });

  it('refuses without an OAuth client id, saying how to pass one', async () => {
    await expect(packageExtension({ clientId: '  ', outDir: path.join(dir, 'none'), zipPath: path.join(dir, 'none.zip') })).rejects.toThrow(/OAUTH_CLIENT_ID=<client id> npm run package/);
    const run = await promisify(execFile)('npm', ['run', '--silent', 'package'], { cwd: root, env: { ...process.env, OAUTH_CLIENT_ID: '' } }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('OAUTH_CLIENT_ID=<client id> npm run package');
  });
});

describe('npm run build (extension half)', () => {
  async function buildOutput(clientId: string): Promise<string> {
    const outDir = mkdtempSync(path.join(tmpdir(), 'scorecard-build-'));
    const { stdout } = await promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['extension/build/build-extension.ts'], {
      cwd: root,
      env: { ...process.env, SHEETS_API_BASE: '', OAUTH_CLIENT_ID: clientId, EXTENSION_OUT_DIR: outDir },
    });
    return stdout;
  }

  it('prints one line saying a build without OAUTH_CLIENT_ID can only show the demo, and none with one', async () => {
    const without = (await buildOutput('')).split('\n').filter((l) => /OAUTH_CLIENT_ID/.test(l));
    expect(without).toHaveLength(1);
    expect(without[0]).toMatch(/only show the demo/);
    expect(await buildOutput(CLIENT_ID)).not.toMatch(/OAUTH_CLIENT_ID/);
  });
});
