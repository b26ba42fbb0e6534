import { PLACEHOLDER_CLIENT_ID } from '../placeholder-client-id';

export interface ManifestBuildOptions {
  /** Version from package.json. */
  version: string;
  /** OAuth client id (OAUTH_CLIENT_ID); blank keeps the placeholder. */
  clientId?: string | undefined;
  /** Test builds only: the Sheets API stand-in's base URL (SHEETS_API_BASE), e.g. `http://127.0.0.1:4567`. */
  apiBase?: string | undefined;
}

type Manifest = Record<string, unknown> & { host_permissions?: string[]; oauth2?: { client_id: string; scopes: string[] } };

/**
 * The manifest written to dist/extension: the source manifest with the version stamped, the OAuth
 * client id filled in, and, in test builds only, a host permission for the stand-in's origin.
 *
 * @example
 * buildManifest(source, { version: '1.2.0' }).version // '1.2.0'
 */
export function buildManifest(source: Readonly<Record<string, unknown>>, options: ManifestBuildOptions): Manifest {
  const manifest = structuredClone(source) as Manifest;
  manifest.version = options.version;
  const scopes = manifest.oauth2?.scopes ?? [];
  manifest.oauth2 = { client_id: options.clientId?.trim() || PLACEHOLDER_CLIENT_ID, scopes };
  const hosts = [...(manifest.host_permissions ?? [])];
  if (options.apiBase) {
    const origin = new URL(options.apiBase).origin;
    hosts.push(`${origin}/*`);
    manifest.name = `${String(manifest.name)} (test build)`;
  }
  manifest.host_permissions = hosts;
  return manifest;
}
