/** Messages between the popup/options pages and the background service worker. */
export type Message = { type: 'refresh'; interactive?: boolean };

export const messages = {
  /** Asks the background to refresh now; resolves when it is done (errors land in the cache). */
  /** `interactive` lets the background show Google's sign-in (from a click). */
  async requestRefresh(interactive = false): Promise<void> {
    try {
      await chrome.runtime.sendMessage({ type: 'refresh', interactive } satisfies Message);
    } catch {
      // the service worker may be restarting; the alarm refreshes later
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
