/** Messages between the popup/options pages and the background service worker. */
export type Message = { type: 'refresh'; interactive?: boolean; maxAgeMs?: number };

export const messages = {
  /**
   * Asks the background to refresh now; resolves when it is done (errors land in the cache).
   * `interactive` lets the background show Google's sign-in (from a click); `maxAgeMs` skips sheets
   * read less than that long ago (a popup opening).
   */
  async requestRefresh(interactive = false, maxAgeMs = 0): Promise<void> {
    // The service worker may be starting or restarting: ask again a few times, then leave it to the alarm.
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await chrome.runtime.sendMessage({ type: 'refresh', interactive, ...(maxAgeMs ? { maxAgeMs } : {}) } satisfies Message);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 250 * (attempt + 1)));
      }
    }
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
