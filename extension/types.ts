import type { Cell } from '../shared/types';
import type { PopupView } from './popup-view';

/** A sheet the user connected in options: one tab of one spreadsheet. */
export interface SheetSource {
  spreadsheetId: string;
  /** The tab (sheet) holding the OKRs. */
  tab: string;
  /** The tab's sheetId (the `gid` in links), when known. */
  gid: number | null;
  /** The spreadsheet's title, when known. */
  title: string | null;
  /** The spreadsheet's time zone (IANA), when known: "today" is read there. */
  timeZone: string | null;
  /**
   * The spreadsheet's tab titles as seen when the sheet was added (spreadsheets.get), and when: the
   * first read then asks only for the optional tabs (settings, history) that exist, so it costs one request.
   */
  tabsSeen?: { titles: string[]; at: number } | null;
}

/** What the options page saves. */
export interface ExtensionOptions {
  sheets: SheetSource[];
  /** Names (or other emails) that also mean "me" in the owner column. */
  names: string[];
  /** Minutes between background refreshes. */
  refreshMinutes: number;
  /** Notifications when one of my KRs or KPIs turns red (or amber from green); on unless false. */
  alerts?: boolean;
  /** Day of the week (0 = Sunday) of the "time to check in" reminder; off when null or absent. */
  reminderDay?: number | null;
}

export type FetchErrorKind = 'no-access' | 'not-found' | 'tab-not-found' | 'signed-out' | 'offline' | 'other';

export interface FetchError {
  kind: FetchErrorKind;
  /** A plain sentence for the user. */
  message: string;
  /** HTTP status, when the API answered. */
  status: number | null;
  /** When it happened (ms since epoch). */
  at: number;
  /** After a busy answer (429, 5xx): when the sheet is read again (ms since epoch); null otherwise. */
  retryAt?: number | null;
}

/** The last values read from one sheet, kept in chrome.storage.local. */
export interface CachedSheet {
  /** The OKR tab's values (rows as the Sheets API returns them), or null before the first read. */
  values: Cell[][] | null;
  /** The `Scorecard settings` tab's values, or null when the tab does not exist (defaults). */
  settingsValues: Cell[][] | null;
  /** When `values` were read (ms since epoch). */
  fetchedAt: number | null;
  /** The last refresh's error, or null when it succeeded. */
  error: FetchError | null;
  /** Busy answers (429, 5xx) in a row, for the backoff; 0 or absent after a good read. */
  failures?: number;
  /** The `Scorecard history` tab's values (read in the same request), or null/absent when there is none. */
  historyValues?: Cell[][] | null;
  /** Optional tabs (settings, history) the spreadsheet did not have at `absentCheckedAt`: not asked for until a day later. */
  absentTabs?: string[];
  absentCheckedAt?: number | null;
  /**
   * The OKR tab as the sheet shows it (`72%`, `$1.5M`), read at `displayCheckedAt`: only how values are
   * written is taken from it, so a KR's values show in its own unit; absent until first read.
   */
  displayValues?: Cell[][] | null;
  displayCheckedAt?: number | null;
}

export interface ExtensionCache {
  /** The signed-in user's Google email, once detected. */
  email: string | null;
  /** Keyed by `sheetKey(source)`. */
  sheets: Record<string, CachedSheet>;
  /** When the last refresh finished (ms since epoch). */
  refreshedAt: number | null;
}

/**
 * The popup's two views (my KRs, the whole team's), scored by the background at the last refresh and
 * kept apart from the raw values so the popup reads only what it paints.
 */
export interface CachedView {
  mine: PopupView;
  team: PopupView;
  /** `optionsKey` of the options it was scored for. */
  optionsKey: string;
}

/**
 * A check-in made in the popup, kept in chrome.storage.local until the sheet holds it: survives the
 * popup closing, the browser restarting and being offline; removed only once written (or found
 * already written in the history tab), so it is never lost and never sent twice.
 */
export interface PendingCheckIn {
  /** Unique per check-in. */
  id: string;
  spreadsheetId: string;
  tab: string;
  /** The KR's history key (Scorecard id, else objective / KR text) and the row it was on when shown. */
  key: string;
  row: number;
  objective: string;
  keyResult: string;
  owner: string | null;
  /** The Current cell as the popup showed it (from the cache): a different value in the sheet is a conflict. */
  shownCurrent: Cell;
  /** What is written to Current: a number, or the person's text exactly as typed. */
  current: number | string;
  /** What is written to the Confidence cell (as typed: 1-10 or words), '' for none. */
  confidenceText: string;
  /** The confidence as a fraction (history), or null. */
  confidence: number | null;
  note: string;
  /** Who checks in (their email). */
  by: string;
  /** Day of the check-in in the spreadsheet's time zone, ISO. */
  date: string;
  createdAt: number;
  /** waiting: to send at the next refresh; sending; conflict: the sheet's Current changed; failed: cannot be sent as it is. */
  state: 'waiting' | 'sending' | 'conflict' | 'failed';
  /** Why it waits or failed (a sentence), or null. */
  message: string | null;
  /** The Current cell found in the sheet when it differed from `shownCurrent`. */
  sheetCurrent?: Cell;
  /** Set when the person chose to replace the value someone else wrote. */
  overwrite?: boolean;
  attempts: number;
}
