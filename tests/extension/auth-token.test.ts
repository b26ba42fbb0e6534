import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { authToken, dropAuthToken, giveBackWriteAccess, hasWriteAccess, signOut } from '../../extension/platform/auth-token';
import { PLACEHOLDER_CLIENT_ID } from '../../extension/placeholder-client-id';
import { fakeChrome, type FakeChrome } from './fake-chrome';

const globals = globalThis as unknown as { chrome?: typeof chrome };
let fake: FakeChrome;
const fetches: string[] = [];

beforeEach(() => {
  fake = fakeChrome();
  globals.chrome = fake.chrome;
  fetches.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    fetches.push(String(url));
    return new Response('{}');
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  delete globals.chrome;
});

describe('authToken (normal build)', () => {
  test("uses Chrome's sign-in when it gives a token", async () => {
    await expect(authToken(false)).resolves.toBe('chrome-token');
    expect(fake.identity.interactiveCalls).toBe(0);
  });

  test('not signed in and not interactive: a signed-out error, no window', async () => {
    fake.identity.token = null;
    await expect(authToken(false)).rejects.toMatchObject({ kind: 'signed-out' });
  });

  test('Chromium without Chrome sign-in: falls back to launchWebAuthFlow and keeps the token for the session', async () => {
    fake.identity.error = 'The user turned off browser signin';
    fake.identity.webFlowAnswer = 'https://aipcbbckdgffjoafkhbabpaflpeigjoa.chromiumapp.org/#access_token=web-token&token_type=Bearer&expires_in=3599';
    await expect(authToken(true)).resolves.toBe('web-token');
    fake.identity.webFlowAnswer = null;
    await expect(authToken(false)).resolves.toBe('web-token');
  });

  test('a refused consent is a signed-out error', async () => {
    fake.identity.error = 'The user did not approve access.';
    await expect(authToken(true)).rejects.toMatchObject({ kind: 'signed-out' });
  });

  test('a build without OAUTH_CLIENT_ID says so', async () => {
    fake = fakeChrome({ oauth2: { client_id: PLACEHOLDER_CLIENT_ID, scopes: [] } });
    globals.chrome = fake.chrome;
    await expect(authToken(true)).rejects.toMatchObject({ kind: 'signed-out', message: expect.stringMatching(/OAUTH_CLIENT_ID/) });
  });

  test('dropAuthToken forgets a rejected token', async () => {
    await dropAuthToken('chrome-token');
    expect(fake.identity.removed).toContain('chrome-token');
    await expect(authToken(false)).rejects.toMatchObject({ kind: 'signed-out' });
  });

  test('signOut revokes and forgets the tokens', async () => {
    fake.session.webAuthToken = { token: 'web-token', expires: Date.now() + 3_600_000 };
    await signOut();
    expect(fake.session.webAuthToken).toBeUndefined();
    expect(fetches.some((u) => u.startsWith('https://oauth2.googleapis.com/revoke?token=chrome-token'))).toBe(true);
    expect(fetches.some((u) => u.includes('token=web-token'))).toBe(true);
    await expect(authToken(false)).rejects.toMatchObject({ kind: 'signed-out' });
  });
});

describe('incremental authorisation: the write scope only for check-ins', () => {
  const READ = 'https://www.googleapis.com/auth/spreadsheets.readonly';
  const WRITE = 'https://www.googleapis.com/auth/spreadsheets';
  const EMAIL = 'https://www.googleapis.com/auth/userinfo.email';
  const manifest = { oauth2: { client_id: 'client-123.apps.googleusercontent.com', scopes: [READ, EMAIL] } };

  test('reading asks only for the read-only scopes; the first check-in asks for the write scope once, interactively', async () => {
    fake = fakeChrome(manifest);
    globals.chrome = fake.chrome;
    fake.identity.granted = [READ, EMAIL];
    await authToken(false);
    expect(fake.identity.asked.at(-1)).toEqual({ interactive: false, scopes: [READ, EMAIL] });
    await expect(hasWriteAccess()).resolves.toBe(false);
    // Not granted yet: a background send (not interactive) cannot get it and says why.
    await expect(authToken(false, 'write')).rejects.toMatchObject({ kind: 'signed-out', message: expect.stringMatching(/permission to edit/) });
    // From the click: Chrome asks once, then it is granted.
    await expect(authToken(true, 'write')).resolves.toBe('chrome-token');
    expect(fake.identity.asked.at(-1)).toEqual({ interactive: true, scopes: [EMAIL, WRITE] });
    expect(fake.identity.interactiveCalls).toBe(1);
    await expect(authToken(false, 'write')).resolves.toBe('chrome-token');
    expect(fake.identity.interactiveCalls).toBe(1);
    await expect(hasWriteAccess()).resolves.toBe(true);
    // Reading still asks for read-only scopes.
    await authToken(false);
    expect(fake.identity.asked.at(-1)!.scopes).toEqual([READ, EMAIL]);
  });

  test('the launchWebAuthFlow fallback asks for the write scope likewise, and keeps that token apart', async () => {
    fake = fakeChrome(manifest);
    globals.chrome = fake.chrome;
    fake.identity.error = 'The user turned off browser signin';
    fake.identity.webFlowAnswer = 'https://x.chromiumapp.org/#access_token=write-token&expires_in=3599';
    await expect(authToken(true, 'write')).resolves.toBe('write-token');
    expect(new URL(fake.identity.webFlowUrls[0]!).searchParams.get('scope')).toBe(`${EMAIL} ${WRITE}`);
    fake.identity.webFlowAnswer = null;
    await expect(authToken(false, 'write')).resolves.toBe('write-token');
    await expect(authToken(false)).rejects.toMatchObject({ kind: 'signed-out' }); // the read token was never asked for
  });

  test('giving write access back revokes the write token and forgets the grant', async () => {
    fake = fakeChrome(manifest);
    globals.chrome = fake.chrome;
    await authToken(true, 'write');
    await expect(hasWriteAccess()).resolves.toBe(true);
    await giveBackWriteAccess();
    await expect(hasWriteAccess()).resolves.toBe(false);
    expect(fetches.some((u) => u.startsWith('https://oauth2.googleapis.com/revoke?token=chrome-token'))).toBe(true);
    expect(fake.identity.token).toBeNull(); // every cached token dropped
  });
});
