const SEPARATOR = '\u0000';

/** Chrome notifications (the `notifications` permission); a click opens the link the notification carries. */
export const notifications = {
  /** Shows a notification; `url` is opened when it is clicked. */
  async show(tag: string, title: string, message: string, url: string | null): Promise<void> {
    await chrome.notifications.create(`${tag}${SEPARATOR}${url ?? ''}`, {
      type: 'basic',
      iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
      title,
      message,
      priority: 1,
    });
  },
  /** Opens the clicked notification's link in a tab and closes the notification. */
  listen(): void {
    chrome.notifications.onClicked.addListener((id) => {
      const url = id.split(SEPARATOR)[1];
      if (url) void chrome.tabs.create({ url });
      void chrome.notifications.clear(id);
    });
  },
};
