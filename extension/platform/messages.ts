/** Messages between the popup/options pages and the background service worker. */
export type Message = { type: 'refresh'; interactive?: boolean };

export const messages = {
  /** Asks the background to refresh now; resolves when it is done (errors land in the cache). */
  /** `interactive` lets the background show Google's sign-in (from a click). */
  async requestRefresh(interactive = false): Promise<void> {
    // The service worker may be starting or restarting: ask again a few times, then leave it to the alarm.
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await chrome.runtime.sendMessage({ type: 'refresh', interactive } satisfies Message);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 250 * (attempt + 1)));
      }
    }
  },
  onRefreshRequest(handler: (interactive: boolean) => Promise<void>): void {
    chrome.runtime.onMessage.addListener((message: Message, _sender, sendResponse) => {
      if (message?.type !== 'refresh') return false;
      handler(message.interactive === true).then(() => sendResponse({ ok: true }), () => sendResponse({ ok: false }));
      return true;
    });
  },
  openOptions(): void {
    void chrome.runtime.openOptionsPage();
  },
};
