import { zipSync } from 'fflate';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildExtension, missingClientIdNote } from './build-extension';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What the Chrome Web Store gets: the manifest, the pages, the bundles, the stylesheets and the icons. */
const STORE_FILE = /^(manifest\.json|[\w-]+\.(html|js|css)|icons\/[\w-]+\.png)$/;

/**
 * The files of a built extension folder that go into the store zip, by path inside the zip: only
 * what the extension runs (no source maps, tests, keys or dotfiles), with the manifest's `key` removed
 * (it pins the unpacked extension's id for development; the store refuses a manifest carrying one and
 * gives the item its own id).
 */
export async function storeZipEntries(dir: string): Promise<Record<string, Uint8Array>> {
  const entries: Record<string, Uint8Array> = {};
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const path = relative(dir, join(dir, name)).split(sep).join('/');
    if (!STORE_FILE.test(path)) continue;
    const bytes = await readFile(join(dir, name));
    if (path === 'manifest.json') {
      const manifest = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
      delete manifest.key;
      entries[path] = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
    } else {
      entries[path] = new Uint8Array(bytes);
    }
  }
  return entries;
}

export interface PackageExtensionOptions {
  /** The OAuth client id of the store item (required: without it the packaged extension could only show the demo). */
  clientId: string | undefined;
  webClientId?: string | undefined;
  /** Build folder (default dist/extension). */
  outDir?: string;
  /** The zip to write (default dist/okr-kpi-scorecard-<version>.zip). */
  zipPath?: string;
}

/**
 * `npm run package`: builds the extension with its OAuth client id and zips it for the Chrome Web
 * Store. Refuses (throws, before building) without a client id.
 */
export async function packageExtension(options: PackageExtensionOptions): Promise<{ zipPath: string; files: string[] }> {
  const note = missingClientIdNote(options.clientId);
  if (note) throw new Error('npm run package needs the OAuth client id of the store item: OAUTH_CLIENT_ID=<client id> npm run package (see "Publish it" in the README).');
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const outDir = resolve(options.outDir ?? join(root, 'dist/extension'));
  const zipPath = resolve(options.zipPath ?? join(root, 'dist', `${pkg.name}-${pkg.version}.zip`));
  await buildExtension({ outDir, clientId: options.clientId, webClientId: options.webClientId });
  const entries = await storeZipEntries(outDir);
  await mkdir(dirname(zipPath), { recursive: true });
  await writeFile(zipPath, zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
  return { zipPath, files: Object.keys(entries) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const result = await packageExtension({ clientId: process.env.OAUTH_CLIENT_ID, webClientId: process.env.OAUTH_WEB_CLIENT_ID || undefined });
    console.log(`extension: packaged ${relative(process.cwd(), result.zipPath)} (${result.files.length} files) — upload it in the Chrome Web Store developer dashboard`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
