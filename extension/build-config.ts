/** Replaced by esbuild `define` at build time; absent when the sources run unbundled (unit tests). */
declare const __SHEETS_API_BASE__: string | undefined;
declare const __OAUTH_WEB_CLIENT_ID__: string | undefined;

const GOOGLE_SHEETS_API = 'https://sheets.googleapis.com';
const GOOGLE_APIS = 'https://www.googleapis.com';

const testBase = typeof __SHEETS_API_BASE__ === 'string' && __SHEETS_API_BASE__ ? __SHEETS_API_BASE__.replace(/\/+$/, '') : null;

/**
 * What the build decided: Google's endpoints, or in a test build (SHEETS_API_BASE) a local stand-in
 * and a fixed token, since chrome.identity cannot sign in there.
 */
export const buildConfig = {
  sheetsApiBase: testBase ?? GOOGLE_SHEETS_API,
  userInfoUrl: `${testBase ?? GOOGLE_APIS}/oauth2/v3/userinfo`,
  /** Test builds only. */
  fixedToken: testBase ? 'test-token' : null,
  /** Test builds only: the token the stand-in grants the write scope (incremental authorisation). */
  fixedWriteToken: testBase ? 'test-token-write' : null,
  testBuild: testBase !== null,
  /** Optional web-application client for the launchWebAuthFlow fallback (OAUTH_WEB_CLIENT_ID); blank = the manifest's. */
  webClientId: typeof __OAUTH_WEB_CLIENT_ID__ === 'string' ? __OAUTH_WEB_CLIENT_ID__ : '',
} as const;
