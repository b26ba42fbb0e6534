import type { CachedView, ExtensionCache, ExtensionOptions, PendingCheckIn } from '../types';
import type { AlertState } from '../alert-changes';
import { defaultOptions, emptyCache } from '../default-options';

const OPTIONS_KEY = 'options';
const CACHE_KEY = 'cache';
const VIEW_KEY = 'view';
const CHECK_INS_KEY = 'checkIns';
const ALERTS_KEY = 'alertState';

/**
 * The only door to chrome.storage.local: the user's options and the cache of sheet values, each
 * completed with defaults so older or partial saves still read.
 */
export const storage = {
  async readOptions(): Promise<ExtensionOptions> {
    const saved = (await chrome.storage.local.get(OPTIONS_KEY))[OPTIONS_KEY] as Partial<ExtensionOptions> | undefined;
    return completeOptions(saved);
  },
  async writeOptions(options: ExtensionOptions): Promise<void> {
    await chrome.storage.local.set({ [OPTIONS_KEY]: options });
  },
  async readCache(): Promise<ExtensionCache> {
    const saved = (await chrome.storage.local.get(CACHE_KEY))[CACHE_KEY] as Partial<ExtensionCache> | undefined;
    return { ...emptyCache, ...saved, sheets: { ...saved?.sheets } };
  },
  /** Saves the values read and the views scored from them in one write. */
  async writeCache(cache: ExtensionCache, view: CachedView): Promise<void> {
    await chrome.storage.local.set({ [CACHE_KEY]: cache, [VIEW_KEY]: view });
  },
  /** Forgets the detected email (sign-out); the next refresh detects it again. */
  async forgetEmail(): Promise<void> {
    const saved = (await chrome.storage.local.get(CACHE_KEY))[CACHE_KEY] as ExtensionCache | undefined;
    if (saved) await chrome.storage.local.set({ [CACHE_KEY]: { ...saved, email: null } });
  },
  /** What the alerts remember between refreshes (last statuses, who was alerted today, the reminder's day). */
  async readAlertState(): Promise<AlertState> {
    const saved = (await chrome.storage.local.get(ALERTS_KEY))[ALERTS_KEY] as Partial<AlertState> | undefined;
    return { statuses: { ...saved?.statuses }, alerted: { ...saved?.alerted }, remindedOn: saved?.remindedOn ?? null };
  },
  async writeAlertState(state: AlertState): Promise<void> {
    await chrome.storage.local.set({ [ALERTS_KEY]: state });
  },
  /** Check-ins made in the popup and not yet in the sheet, oldest first. */
  async readCheckIns(): Promise<PendingCheckIn[]> {
    const saved = (await chrome.storage.local.get(CHECK_INS_KEY))[CHECK_INS_KEY];
    return Array.isArray(saved) ? (saved as PendingCheckIn[]) : [];
  },
  async writeCheckIns(checkIns: PendingCheckIn[]): Promise<void> {
    await chrome.storage.local.set({ [CHECK_INS_KEY]: checkIns });
  },
  /** Calls back with the check-ins waiting to be sent whenever they change; returns a function that stops listening. */
  onCheckIns(listener: (checkIns: PendingCheckIn[]) => void): () => void {
    const handler = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      if (area === 'local' && changes[CHECK_INS_KEY]) listener(Array.isArray(changes[CHECK_INS_KEY].newValue) ? (changes[CHECK_INS_KEY].newValue as PendingCheckIn[]) : []);
    };
    chrome.storage.onChanged.addListener(handler);
    return () => chrome.storage.onChanged.removeListener(handler);
  },
  /** What the popup paints (null before the background has scored anything), and the options, in one read. */
  async readPopupState(): Promise<{ view: CachedView | null; options: ExtensionOptions }> {
    const saved = await chrome.storage.local.get([VIEW_KEY, OPTIONS_KEY]);
    return { view: (saved[VIEW_KEY] as CachedView | undefined) ?? null, options: completeOptions(saved[OPTIONS_KEY] as Partial<ExtensionOptions> | undefined) };
  },
  /** Calls back with what changed whenever options or cache are saved; returns a function that stops listening. */
  onChange(listener: (change: { options?: ExtensionOptions; cache?: ExtensionCache; view?: CachedView | null }) => void): () => void {
    const handler = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      if (area !== 'local') return;
      const change: { options?: ExtensionOptions; cache?: ExtensionCache; view?: CachedView | null } = {};
      if (changes[OPTIONS_KEY]) change.options = completeOptions(changes[OPTIONS_KEY].newValue as Partial<ExtensionOptions> | undefined);
      if (changes[CACHE_KEY]) {
        const saved = changes[CACHE_KEY].newValue as Partial<ExtensionCache> | undefined;
        change.cache = { ...emptyCache, ...saved, sheets: { ...saved?.sheets } };
      }
      if (changes[VIEW_KEY]) change.view = (changes[VIEW_KEY].newValue as CachedView | undefined) ?? null;
      if (change.options || change.cache || change.view !== undefined) listener(change);
    };
    chrome.storage.onChanged.addListener(handler);
    return () => chrome.storage.onChanged.removeListener(handler);
  },
};

function completeOptions(saved: Partial<ExtensionOptions> | undefined): ExtensionOptions {
  const minutes = Number(saved?.refreshMinutes);
  return {
    sheets: Array.isArray(saved?.sheets) ? saved.sheets.map((s) => ({ ...s, gid: s.gid ?? null, title: s.title ?? null, timeZone: s.timeZone ?? null })) : [],
    names: Array.isArray(saved?.names) ? saved.names.filter((n): n is string => typeof n === 'string' && n.trim() !== '') : [],
    refreshMinutes: Number.isFinite(minutes) && minutes >= 1 ? minutes : defaultOptions.refreshMinutes,
    ...(saved?.alerts === false ? { alerts: false } : {}),
    ...(typeof saved?.reminderDay === 'number' && saved.reminderDay >= 0 && saved.reminderDay <= 6 ? { reminderDay: Math.floor(saved.reminderDay) } : {}),
  };
}
