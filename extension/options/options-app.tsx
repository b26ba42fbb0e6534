import { useEffect, useState } from 'preact/hooks';
import type { ExtensionCache, ExtensionOptions, SheetSource } from '../types';
import { ApiError } from '../api-error';
import { ADD_SHEET_TIMEOUT_MS, SIGN_IN_TIMEOUT_MS, addSheetError } from '../add-sheet-error';
import { withTimeout } from '../with-timeout';
import { parseSheetUrl } from '../parse-sheet-url';
import { pickTab } from '../pick-tab';
import { sheetKey } from '../sheet-key';
import { authToken, giveBackWriteAccess, hasWriteAccess, signOut } from '../platform/auth-token';
import { messages } from '../platform/messages';
import { sheetsApi } from '../platform/sheets-api';
import { storage } from '../platform/storage';
import { AccountSection } from './account-section';
import { AlertsSection } from './alerts-section';
import { CheckInSection } from './check-in-section';
import { IdentitySection } from './identity-section';
import { RefreshSection } from './refresh-section';
import { SheetsSection } from './sheets-section';

type Tabs = Record<string, { title: string; sheetId: number }[]>;

/** The options page: sheets, identity, refresh interval, account. Saves to storage as you go. */
export function OptionsApp() {
  const [options, setOptions] = useState<ExtensionOptions | null>(null);
  const [cache, setCache] = useState<ExtensionCache | null>(null);
  const [tabs, setTabs] = useState<Tabs>({});
  const [message, setMessage] = useState<string | null>(null);
  const [canWrite, setCanWrite] = useState(false);
  const [accessMessage, setAccessMessage] = useState<string | null>(null);
  useEffect(() => void hasWriteAccess().then(setCanWrite, () => undefined), []);
  const [signedIn, setSignedIn] = useState(false);

  useEffect(() => {
    void Promise.all([storage.readOptions(), storage.readCache()]).then(([o, c]) => {
      setOptions(o);
      setCache(c);
      void loadTabs(o.sheets, false);
    });
    // Signed in when a token can be had without asking (Chrome's sign-in, or a saved web sign-in).
    authToken(false).then(
      () => setSignedIn(true),
      () => setSignedIn(false),
    );
    return storage.onChange((change) => {
      if (change.options) setOptions(change.options);
      if (change.cache) setCache(change.cache);
    });
  }, []);

  const loadTabs = async (sheets: SheetSource[], interactive: boolean) => {
    const ids = [...new Set(sheets.map((s) => s.spreadsheetId))];
    if (!ids.length) return;
    try {
      const token = await authToken(interactive);
      for (const id of ids) {
        const info = await sheetsApi.fetchSpreadsheetInfo(id, token).catch(() => null);
        if (info) setTabs((t) => ({ ...t, [id]: info.tabs }));
      }
    } catch {
      // signed out: the tab pickers show the saved tab only
    }
  };

  const save = async (next: ExtensionOptions) => {
    setOptions(next);
    await storage.writeOptions(next);
  };

  if (!options) return <main><h1>Scorecard options</h1><p>Loading…</p></main>;

  const add = async (url: string): Promise<string | null> => {
    const parsed = parseSheetUrl(url);
    if (!parsed.ok) return parsed.error;
    try {
      // Never stuck on "Adding…": a closed or refused sign-in window, or no answer from Google, ends with what to do.
      const token = await withTimeout(
        authToken(true).catch((error: unknown) => Promise.reject(addSheetError('sign-in', error))),
        SIGN_IN_TIMEOUT_MS,
        () => addSheetError('sign-in'),
      );
      setSignedIn(true);
      const info = await withTimeout(sheetsApi.fetchSpreadsheetInfo(parsed.spreadsheetId, token), ADD_SHEET_TIMEOUT_MS, () => addSheetError('read'));
      setTabs((t) => ({ ...t, [parsed.spreadsheetId]: info.tabs }));
      const tab = pickTab(info.tabs, parsed.gid);
      if (!tab) return 'That spreadsheet has no tabs to read.';
      // Every tab is known only from spreadsheets.get (sheetId >= 0); the fallback names the first tab alone.
      const tabsSeen = tab.sheetId >= 0 ? { titles: info.tabs.map((t) => t.title), at: Date.now() } : null;
      const source: SheetSource = { spreadsheetId: parsed.spreadsheetId, tab: tab.title, gid: tab.sheetId >= 0 ? tab.sheetId : parsed.gid, title: info.title, timeZone: info.timeZone, tabsSeen };
      const current = await storage.readOptions();
      if (current.sheets.some((s) => sheetKey(s) === sheetKey(source))) return `"${info.title ?? 'That sheet'}" (${tab.title}) is already connected.`;
      await save({ ...current, sheets: [...current.sheets, source] });
      return null;
    } catch (error) {
      return error instanceof ApiError ? error.message : `Could not add the sheet: ${String(error)}`;
    }
  };

  const email = cache?.email ?? null;
  return (
    <main>
      <h1>Scorecard options</h1>
      <SheetsSection
        sheets={options.sheets}
        tabs={tabs}
        onAdd={add}
        onRemove={(sheet) => void save({ ...options, sheets: options.sheets.filter((s) => sheetKey(s) !== sheetKey(sheet)) })}
        onPickTab={(sheet, tab) =>
          void save({ ...options, sheets: options.sheets.map((s) => (sheetKey(s) === sheetKey(sheet) ? { ...s, tab: tab.title, gid: tab.sheetId >= 0 ? tab.sheetId : s.gid } : s)) })
        }
      />
      <IdentitySection email={email} names={options.names} onNames={(names) => void save({ ...options, names })} />
      <RefreshSection minutes={options.refreshMinutes} onMinutes={(refreshMinutes) => void save({ ...options, refreshMinutes })} />
      <AlertsSection
        alerts={options.alerts !== false}
        reminderDay={options.reminderDay ?? null}
        onAlerts={(on) => void save({ ...options, alerts: on })}
        onReminderDay={(day) => void save({ ...options, reminderDay: day })}
      />
      <CheckInSection
        canWrite={canWrite}
        message={accessMessage}
        onGiveBack={() =>
          void giveBackWriteAccess().then(() => {
            setCanWrite(false);
            setAccessMessage('Edit access given back. Reading your sheets may ask you to sign in again (read-only).');
          })
        }
      />
      <AccountSection
        signedIn={signedIn || email !== null}
        message={message}
        onSignIn={() => {
          setMessage(null);
          void authToken(true)
            .then(async () => {
              setSignedIn(true);
              setMessage('Signed in.');
              await loadTabs(options.sheets, false);
              await messages.requestRefresh();
            })
            .catch((error: unknown) => setMessage(error instanceof Error ? error.message : String(error)));
        }}
        onSignOut={() => {
          void signOut().then(async () => {
            setSignedIn(false);
            await storage.forgetEmail();
            setMessage('Signed out. Your saved key results stay until the next successful refresh.');
            await messages.requestRefresh();
          });
        }}
      />
    </main>
  );
}
