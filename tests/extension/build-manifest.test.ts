import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildManifest } from '../../extension/build/build-manifest';
import { PLACEHOLDER_CLIENT_ID } from '../../extension/placeholder-client-id';

const source = JSON.parse(readFileSync(new URL('../../extension/manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('buildManifest', () => {
  const normal = buildManifest(source, { version: pkg.version });

  test('normal build: permissions are exactly storage, alarms, identity, notifications', () => {
    expect(normal.permissions).toEqual(['storage', 'alarms', 'identity', 'notifications']);
  });

  test('normal build: host permissions only for the Google APIs, no localhost', () => {
    expect(normal.host_permissions).toEqual(['https://sheets.googleapis.com/*', 'https://www.googleapis.com/oauth2/*']);
    expect(JSON.stringify(normal)).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  test('Manifest V3, version from package.json, no content scripts, no eval in the CSP', () => {
    expect(normal.manifest_version).toBe(3);
    expect(normal.version).toBe(pkg.version);
    expect(normal).not.toHaveProperty('content_scripts');
    expect(normal).not.toHaveProperty('optional_host_permissions');
    const csp = (normal.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:/);
  });

  test('OAuth client: from OAUTH_CLIENT_ID, else a clear placeholder; read-only sheets scope plus email', () => {
    expect(normal.oauth2?.client_id).toBe(PLACEHOLDER_CLIENT_ID);
    const withClient = buildManifest(source, { version: '1.0.0', clientId: ' 123-abc.apps.googleusercontent.com ' });
    expect(withClient.oauth2).toEqual({
      client_id: '123-abc.apps.googleusercontent.com',
      scopes: ['https://www.googleapis.com/auth/spreadsheets.readonly', 'https://www.googleapis.com/auth/userinfo.email'],
    });
  });

  test('test build: adds the stand-in origin and nothing else', () => {
    const test = buildManifest(source, { version: '1.0.0', apiBase: 'http://127.0.0.1:4567/' });
    expect(test.permissions).toEqual(['storage', 'alarms', 'identity', 'notifications']);
    expect(test.host_permissions).toEqual([...(normal.host_permissions ?? []), 'http://127.0.0.1:4567/*']);
    expect(test.name).toMatch(/test build/);
  });

  test('does not change the source manifest', () => {
    buildManifest(source, { version: '9.9.9', apiBase: 'http://127.0.0.1:1' });
    expect(source.version).toBe('0.0.0');
    expect((source.host_permissions as string[]).length).toBe(2);
  });

  test('the key gives the extension id documented in the README', () => {
    const der = Buffer.from(String(source.key), 'base64');
    const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
    const id = [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
    expect(id).toBe('aipcbbckdgffjoafkhbabpaflpeigjoa');
  });
});
