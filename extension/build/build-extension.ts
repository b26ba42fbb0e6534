import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildManifest } from './build-manifest';
import { iconPng } from './icon-png';

export interface ExtensionBuildOptions {
  outDir: string;
  /** SHEETS_API_BASE for test builds. */
  apiBase?: string | undefined;
  clientId?: string | undefined;
  webClientId?: string | undefined;
}

/** The extension's source folder (extension/); this file lives in its build/ folder. */
const here = fileURLToPath(new URL('..', import.meta.url));
const root = join(here, '..');

/**
 * Builds the Manifest V3 extension into `outDir`: popup, options and background bundled by esbuild
 * (minified IIFE, no eval), the HTML pages, the stylesheet, generated icons and the stamped manifest.
 */
export async function buildExtension(options: ExtensionBuildOptions): Promise<void> {
  const { outDir } = options;
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  const source = JSON.parse(await readFile(join(here, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, 'icons'), { recursive: true });
  await build({
    entryPoints: {
      popup: join(here, 'popup/main.tsx'),
      options: join(here, 'options/main.tsx'),
      background: join(here, 'background.ts'),
    },
    outdir: outDir,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome116',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
    define: {
      __SHEETS_API_BASE__: JSON.stringify(options.apiBase ?? ''),
      __OAUTH_WEB_CLIENT_ID__: JSON.stringify(options.webClientId ?? ''),
    },
  });
  const manifest = buildManifest(source, { version: pkg.version, clientId: options.clientId, apiBase: options.apiBase });
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(outDir, 'popup.html'), page('My key results', 'popup', ['popup']));
  await writeFile(join(outDir, 'options.html'), page('Scorecard options', 'options', ['popup', 'options']));
  await copyFile(join(here, 'popup/popup.css'), join(outDir, 'popup.css'));
  await copyFile(join(here, 'options/options.css'), join(outDir, 'options.css'));
  for (const size of [16, 32, 48, 128]) await writeFile(join(outDir, 'icons', `icon-${size}.png`), iconPng(size));
}

function page(title: string, script: string, styles: string[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
${styles.map((css) => `<link rel="stylesheet" href="${css}.css">`).join('\n')}
</head>
<body>
<div id="app"></div>
<script src="${script}.js"></script>
</body>
</html>
`;
}

/** The line `npm run build` prints when the extension is built without an OAuth client id, or null. */
export function missingClientIdNote(clientId: string | undefined): string | null {
  return clientId?.trim()
    ? null
    : 'extension: no OAUTH_CLIENT_ID set, so this build can only show the demo (sign-in cannot work) — see "Create the OAuth client" in the README';
}

/**
 * `npm run build` (second half): writes dist/extension, or EXTENSION_OUT_DIR.
 * OAUTH_CLIENT_ID fills the manifest's oauth2 client; SHEETS_API_BASE makes a test build.
 */
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outDir = process.env.EXTENSION_OUT_DIR || join(root, 'dist/extension');
  const apiBase = process.env.SHEETS_API_BASE || undefined;
  const clientId = process.env.OAUTH_CLIENT_ID || undefined;
  await buildExtension({ outDir, apiBase, clientId, webClientId: process.env.OAUTH_WEB_CLIENT_ID || undefined });
  console.log(`extension: built ${outDir}${apiBase ? ` (test build against ${apiBase})` : ''}`);
  const note = apiBase ? null : missingClientIdNote(clientId);
  if (note) console.log(note);
}
