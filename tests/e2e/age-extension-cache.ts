import type { LoadedExtension } from './load-extension';

/**
 * Makes the extension's cached sheets `ms` older (default 61 s), so the next popup opening reads them
 * again (an opening reads only a cache older than a minute).
 */
export async function ageExtensionCache(ext: LoadedExtension, ms = 61_000): Promise<void> {
  await ext.worker.evaluate(async (by) => {
    const { cache } = (await chrome.storage.local.get('cache')) as { cache?: { sheets: Record<string, { fetchedAt: number | null }> } };
    if (!cache) return;
    for (const sheet of Object.values(cache.sheets)) if (sheet.fetchedAt !== null) sheet.fetchedAt -= by;
    await chrome.storage.local.set({ cache });
  }, ms);
}
