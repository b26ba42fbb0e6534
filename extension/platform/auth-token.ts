import { buildConfig } from '../build-config';
import { ApiError } from '../api-error';
import { PLACEHOLDER_CLIENT_ID } from '../placeholder-client-id';

const SESSION_KEY = 'webAuthToken';
const WRITE_SESSION_KEY = 'webAuthTokenWrite';
/** Set in chrome.storage.local once the person granted the write scope (first check-in); cleared when given back. */
const WRITE_GRANTED_KEY = 'writeAccess';

/** The scope that lets a check-in write the KR's cells and the history row; asked for only then. */
export const WRITE_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';
const READ_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.readonly';

/**
 * An OAuth access token for the Sheets API (spreadsheets.readonly + email; with `access` 'write', the
 * spreadsheets scope instead of the read-only one, asked for only when a person first checks in). Chrome's own sign-in
 * (chrome.identity.getAuthToken) first; in Chromium browsers without it, a launchWebAuthFlow implicit
 * grant whose token is kept in chrome.storage.session until it expires. Test builds use a fixed token.
 * `interactive` may show Google's consent screen (only from a user gesture); otherwise a missing sign-in
 * throws an ApiError of kind `signed-out`.
 */
export async function authToken(interactive: boolean, access: 'read' | 'write' = 'read'): Promise<string> {
  const write = access === 'write';
  if (buildConfig.fixedToken) {
    if (write) await chrome.storage.local.set({ [WRITE_GRANTED_KEY]: true });
    return write ? buildConfig.fixedWriteToken! : buildConfig.fixedToken;
  }
  const manifest = chrome.runtime.getManifest();
  const clientId = manifest.oauth2?.client_id ?? '';
  if (!clientId || clientId === PLACEHOLDER_CLIENT_ID) {
    throw new ApiError('signed-out', 'This build has no OAuth client id. Build it with OAUTH_CLIENT_ID set (see the README).', null);
  }
  // Incremental authorisation: reading asks for the manifest's read-only scopes; the first check-in adds the write scope.
  const scopes = write ? writeScopes(manifest.oauth2?.scopes ?? []) : manifest.oauth2?.scopes;
  const sessionKey = write ? WRITE_SESSION_KEY : SESSION_KEY;
  let chromeError: unknown = null;
  try {
    const result = await chrome.identity.getAuthToken({ interactive, scopes });
    const token = typeof result === 'string' ? result : result?.token;
    if (token) {
      if (write) await chrome.storage.local.set({ [WRITE_GRANTED_KEY]: true });
      return token;
    }
  } catch (error) {
    chromeError = error;
  }
  const saved = await chrome.storage.session.get(sessionKey);
  const entry = saved[sessionKey] as { token: string; expires: number } | undefined;
  if (entry && entry.expires > Date.now() + 60_000) return entry.token;
  if (!interactive || (chromeError && !canUseWebFlow(chromeError))) throw write ? writeRefused(chromeError) : signedOut(chromeError);
  const token = await webFlowToken(buildConfig.webClientId || clientId, scopes ?? [], sessionKey);
  if (write) await chrome.storage.local.set({ [WRITE_GRANTED_KEY]: true });
  return token;
}

/** The manifest's scopes with the read-only Sheets scope replaced by the write scope. */
function writeScopes(scopes: string[]): string[] {
  return [...scopes.filter((s) => s !== READ_SCOPE), WRITE_SCOPE];
}

/** Whether the person gave the extension write access (for check-ins) and has not given it back. */
export async function hasWriteAccess(): Promise<boolean> {
  return (await chrome.storage.local.get(WRITE_GRANTED_KEY))[WRITE_GRANTED_KEY] === true;
}

/**
 * Gives the write access back: revokes the token that carries the write scope (Google then drops the
 * whole grant, so the next read asks to sign in again, read-only) and forgets every cached token.
 */
export async function giveBackWriteAccess(): Promise<void> {
  await chrome.storage.local.remove(WRITE_GRANTED_KEY);
  const saved = await chrome.storage.session.get(WRITE_SESSION_KEY);
  const entry = saved[WRITE_SESSION_KEY] as { token: string } | undefined;
  await chrome.storage.session.remove(WRITE_SESSION_KEY);
  if (buildConfig.fixedToken) return;
  try {
    const manifest = chrome.runtime.getManifest();
    const result = await chrome.identity.getAuthToken({ interactive: false, scopes: writeScopes(manifest.oauth2?.scopes ?? []) });
    const token = typeof result === 'string' ? result : result?.token;
    if (token) await revoke(token);
  } catch {
    // no write token held
  }
  if (entry) await revoke(entry.token);
  await chrome.identity.clearAllCachedAuthTokens().catch(() => undefined);
}

/** Forgets a token Google rejected (401), so the next call gets a fresh one. */
export async function dropAuthToken(token: string): Promise<void> {
  if (buildConfig.fixedToken) return;
  await chrome.identity.removeCachedAuthToken({ token }).catch(() => undefined);
  await chrome.storage.session.remove([SESSION_KEY, WRITE_SESSION_KEY]);
}

/** Signs out: revokes and forgets every token this extension holds. */
export async function signOut(): Promise<void> {
  const saved = await chrome.storage.session.get([SESSION_KEY, WRITE_SESSION_KEY]);
  const entry = saved[SESSION_KEY] as { token: string } | undefined;
  await chrome.storage.session.remove([SESSION_KEY, WRITE_SESSION_KEY]);
  await chrome.storage.local.remove(WRITE_GRANTED_KEY);
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

function writeRefused(error: unknown): ApiError {
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return new ApiError('signed-out', `Saving a check-in needs permission to edit your sheets, which was not given${detail}.`, null);
}

function signedOut(error: unknown): ApiError {
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return new ApiError('signed-out', `You are signed out. Sign in with Google to read your sheets${detail}.`, null);
}

async function webFlowToken(clientId: string, scopes: string[], sessionKey: string): Promise<string> {
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
  await chrome.storage.session.set({ [sessionKey]: { token, expires } });
  return token;
}
