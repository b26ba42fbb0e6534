/** Messages between the popup/options pages and the background service worker. */
import type { Cell } from '../../shared/types';
import type { PendingCheckIn } from '../types';
import { storage } from './storage';

export type Message =
  | { type: 'refresh'; interactive?: boolean; maxAgeMs?: number }
  | { type: 'check-in'; checkIn: PendingCheckIn }
  | { type: 'resolve-check-in'; id: string; action: 'overwrite' | 'discard' }
  | { type: 'preview-check-in'; sheetKey: string; row: number; typed: string };

/** The background's reading of a value typed in the check-in form (see checkInPreview). */
export interface PreviewAnswer {
  value: number | string;
  text: string;
  shownCell: Cell;
}

/** Sends a message to the background, asking again while the service worker (re)starts; false when it never answered. */
async function send(message: Message): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await chrome.runtime.sendMessage(message);
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250 * (attempt + 1)));
    }
  }
  return false;
}

export const messages = {
  /**
   * Asks the background to refresh now; resolves when it is done (errors land in the cache).
   * `interactive` lets the background show Google's sign-in (from a click); `maxAgeMs` skips sheets
   * read less than that long ago (a popup opening).
   */
  async requestRefresh(interactive = false, maxAgeMs = 0): Promise<void> {
    // The service worker may be starting or restarting: ask again a few times, then leave it to the alarm.
    await send({ type: 'refresh', interactive, ...(maxAgeMs ? { maxAgeMs } : {}) });
  },
  /**
   * Hands a check-in to the background, which saves it and sends it; resolves when done (its state is
   * in storage). If the background never answers, the check-in is saved here and waits for the next refresh.
   */
  async checkIn(checkIn: PendingCheckIn): Promise<void> {
    if (await send({ type: 'check-in', checkIn })) return;
    const queue = (await storage.readCheckIns()).filter((c) => c.id !== checkIn.id);
    await storage.writeCheckIns([...queue, { ...checkIn, message: 'Waiting to send: it is sent at the next refresh.' }]);
  },
  /**
   * How the engine reads a value typed for a KR, and the score it would give, computed by the
   * background from its cache (the popup does not carry the engine); null when it cannot say.
   */
  async previewCheckIn(sheetKey: string, row: number, typed: string): Promise<PreviewAnswer | null> {
    try {
      const answer = (await chrome.runtime.sendMessage({ type: 'preview-check-in', sheetKey, row, typed } satisfies Message)) as PreviewAnswer | null | undefined;
      return answer ?? null;
    } catch {
      return null;
    }
  },
  onPreviewCheckIn(handler: (sheetKey: string, row: number, typed: string) => Promise<PreviewAnswer | null>): void {
    chrome.runtime.onMessage.addListener((message: Message, _sender, sendResponse) => {
      if (message?.type !== 'preview-check-in') return false;
      handler(message.sheetKey, message.row, message.typed).then(sendResponse, () => sendResponse(null));
      return true;
    });
  },
  async resolveCheckIn(id: string, action: 'overwrite' | 'discard'): Promise<void> {
    await send({ type: 'resolve-check-in', id, action });
  },
  onCheckIn(handlers: { checkIn: (checkIn: PendingCheckIn) => Promise<void>; resolve: (id: string, action: 'overwrite' | 'discard') => Promise<void> }): void {
    chrome.runtime.onMessage.addListener((message: Message, _sender, sendResponse) => {
      const run = message?.type === 'check-in' ? handlers.checkIn(message.checkIn) : message?.type === 'resolve-check-in' ? handlers.resolve(message.id, message.action) : null;
      if (!run) return false;
      run.then(() => sendResponse({ ok: true }), () => sendResponse({ ok: false }));
      return true;
    });
  },
  onRefreshRequest(handler: (interactive: boolean, maxAgeMs: number) => Promise<void>): void {
    chrome.runtime.onMessage.addListener((message: Message, _sender, sendResponse) => {
      if (message?.type !== 'refresh') return false;
      handler(message.interactive === true, typeof message.maxAgeMs === 'number' ? message.maxAgeMs : 0).then(() => sendResponse({ ok: true }), () => sendResponse({ ok: false }));
      return true;
    });
  },
  openOptions(): void {
    void chrome.runtime.openOptionsPage();
  },
};
