import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtension } from './build-extension';

/**
 * `npm run build` (second half): writes dist/extension, or EXTENSION_OUT_DIR.
 * OAUTH_CLIENT_ID fills the manifest's oauth2 client; SHEETS_API_BASE makes a test build.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = process.env.EXTENSION_OUT_DIR || join(root, 'dist/extension');
await buildExtension({
  outDir,
  apiBase: process.env.SHEETS_API_BASE || undefined,
  clientId: process.env.OAUTH_CLIENT_ID || undefined,
  webClientId: process.env.OAUTH_WEB_CLIENT_ID || undefined,
});
console.log(`extension: built ${outDir}${process.env.SHEETS_API_BASE ? ` (test build against ${process.env.SHEETS_API_BASE})` : ''}`);
