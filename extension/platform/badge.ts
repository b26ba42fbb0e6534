import type { BadgeState } from '../badge-state';

/** Shows a badge on the toolbar icon (empty text hides it). */
export async function badge(state: BadgeState): Promise<void> {
  await chrome.action.setBadgeText({ text: state.text });
  if (state.color) await chrome.action.setBadgeBackgroundColor({ color: state.color });
  if (state.color) await chrome.action.setBadgeTextColor?.({ color: '#ffffff' });
  await chrome.action.setTitle({ title: state.title });
}
