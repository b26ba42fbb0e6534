import { buildConfig } from '../build-config';
import { ApiError } from '../api-error';
import { PLACEHOLDER_CLIENT_ID } from '../placeholder-client-id';

const SESSION_KEY = 'webAuthToken';

/**
 * An OAuth access token for the Sheets API (spreadsheets.readonly + email). Chrome's own sign-in
 * (chrome.identity.getAuthToken) first; in Chromium browsers without it, a launchWebAuthFlow implicit
 * grant whose token is kept in chrome.storage.session until it expires. Test builds use a fixed token.
 * `interactive` may show Google's consent screen (only from a user gesture); otherwise a missing sign-in
 * throws an ApiError of kind `signed-out`.
 */
export async function authToken(interactive: boolean): Promise<string> {
  if (buildConfig.fixedToken) return buildConfig.fixedToken;
  const manifest = chrome.runtime.getManifest();
  const clientId = manifest.oauth2?.client_id ?? '';
  if (!clientId || clientId === PLACEHOLDER_CLIENT_ID) {
    throw new ApiError('signed-out', 'This build has no OAuth client id. Build it with OAUTH_CLIENT_ID set (see the README).', null);
  }
  let chromeError: unknown = null;
  try {
    const result = await chrome.identity.getAuthToken({ interactive, scopes: manifest.oauth2?.scopes });
    const token = typeof result === 'string' ? result : result?.token;
    if (token) return token;
  } catch (error) {
    chromeError = error;
  }
  const saved = await chrome.storage.session.get(SESSION_KEY);
  const entry = saved[SESSION_KEY] as { token: string; expires: number } | undefined;
  if (entry && entry.expires > Date.now() + 60_000) return entry.token;
  if (!interactive || (chromeError && !canUseWebFlow(chromeError))) throw signedOut(chromeError);
  return webFlowToken(buildConfig.webClientId || clientId, manifest.oauth2?.scopes ?? []);
}

/** Forgets a token Google rejected (401), so the next call gets a fresh one. */
export async function dropAuthToken(token: string): Promise<void> {
  if (buildConfig.fixedToken) return;
  await chrome.identity.removeCachedAuthToken({ token }).catch(() => undefined);
  await chrome.storage.session.remove(SESSION_KEY);
}

/** Signs out: revokes and forgets every token this extension holds. */
export async function signOut(): Promise<void> {
  const saved = await chrome.storage.session.get(SESSION_KEY);
  const entry = saved[SESSION_KEY] as { token: string } | undefined;
  await chrome.storage.session.remove(SESSION_KEY);
  if (buildConfig.fixedToken) return;
  try {
    const result = await chrome.identity.getAuthToken({ interactive: false });
    const token = typeof result === 'string' ? result : result?.token;
    if (token) await revoke(token);
  } catch {
    // not signed in through Chrome
  }
  if (entry) await revoke(entry.token);
  await chrome.identity.clearAllCachedAuthTokens().catch(() => undefined);
}

async function revoke(token: string): Promise<void> {
  await chrome.identity.removeCachedAuthToken({ token }).catch(() => undefined);
  await fetch(`https://oauth2.googleapis.com/revoke?token=${encodeURIComponent(token)}`, { method: 'POST' }).catch(() => undefined);
}

function canUseWebFlow(error: unknown): boolean {
  // "The user turned off browser signin", "not supported on Microsoft Edge" and similar: Chrome sign-in is unavailable.
  const text = error instanceof Error ? error.message : String(error);
  return !/did not approve|canceled|cancelled/i.test(text);
}

function signedOut(error: unknown): ApiError {
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return new ApiError('signed-out', `You are signed out. Sign in with Google to read your sheets${detail}.`, null);
}

async function webFlowToken(clientId: string, scopes: string[]): Promise<string> {
  const redirect = chrome.identity.getRedirectURL();
  const url = new URL('https://accounts.google.com/o/oauth2/v2/auth');
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('response_type', 'token');
  url.searchParams.set('redirect_uri', redirect);
  url.searchParams.set('scope', scopes.join(' '));
  url.searchParams.set('prompt', 'select_account');
  let answer: string | undefined;
  try {
    answer = await chrome.identity.launchWebAuthFlow({ url: url.toString(), interactive: true });
  } catch (error) {
    throw signedOut(error);
  }
  const params = new URLSearchParams(new URL(answer ?? redirect).hash.slice(1));
  const token = params.get('access_token');
  if (!token) throw signedOut(new Error(params.get('error') ?? 'no token in the answer'));
  const expires = Date.now() + Number(params.get('expires_in') ?? '3600') * 1000;
  await chrome.storage.session.set({ [SESSION_KEY]: { token, expires } });
  return token;
}
