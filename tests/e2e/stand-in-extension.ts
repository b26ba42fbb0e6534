import { rm } from 'node:fs/promises';
import { buildExtensionInto, loadExtension, type LoadedExtension } from './load-extension';
import { sheetsApiStandIn, type SheetsApiStandIn, type StandInSpreadsheet } from './sheets-api-stand-in';

export interface StandInExtension {
  api: SheetsApiStandIn;
  ext: LoadedExtension;
  /** The test build's folder (manifest.json and bundles). */
  dir: string;
  close(): Promise<void>;
}

/**
 * A test build of the extension (SHEETS_API_BASE = a fresh Sheets API stand-in serving `spreadsheets`,
 * by id) loaded in Chromium; nothing connected yet. `close` stops both and removes the build.
 */
export async function standInExtension(spreadsheets: Record<string, StandInSpreadsheet>): Promise<StandInExtension> {
  const api = await sheetsApiStandIn({ email: 'ana@example.com' });
  for (const [id, sheet] of Object.entries(spreadsheets)) api.spreadsheets.set(id, sheet);
  const dir = await buildExtensionInto({ SHEETS_API_BASE: api.url });
  const ext = await loadExtension(dir);
  return {
    api,
    ext,
    dir,
    close: async () => {
      await ext.close();
      await api.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
