/** Calls back when the extension is installed or updated, and when the browser starts. */
export function lifecycle(onStart: () => void): void {
  chrome.runtime.onInstalled.addListener(onStart);
  chrome.runtime.onStartup.addListener(onStart);
}
