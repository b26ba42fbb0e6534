import type { Page } from 'playwright-core';

/** The computed look of an add-on page: its text, and its primary and secondary buttons. */
export interface AddOnLook {
  font: string;
  size: string;
  color: string;
  background: string;
  primary: { background: string; color: string } | null;
  secondary: { background: string; color: string; border: string } | null;
}

/** The look Google's add-on conventions give every page of the add-on (the one shared stylesheet). */
export const ADD_ON_LOOK: AddOnLook = {
  font: 'Roboto, Arial, sans-serif',
  size: '13px',
  color: 'rgb(32, 33, 36)',
  background: 'rgb(255, 255, 255)',
  primary: { background: 'rgb(26, 115, 232)', color: 'rgb(255, 255, 255)' },
  secondary: { background: 'rgb(255, 255, 255)', color: 'rgb(26, 115, 232)', border: 'rgb(218, 220, 224)' },
};

/** Reads a page's look from the computed styles of its body and of its first enabled primary and secondary buttons (not hovered). */
export async function addOnLook(page: Page): Promise<AddOnLook> {
  await page.mouse.move(0, 0);
  return page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const primary = document.querySelector('button.primary:not(:disabled)');
    const secondary = document.querySelector('button:not(.primary):not(:disabled)');
    const p = primary ? getComputedStyle(primary) : null;
    const s = secondary ? getComputedStyle(secondary) : null;
    return {
      font: body.fontFamily,
      size: body.fontSize,
      color: body.color,
      background: body.backgroundColor,
      primary: p ? { background: p.backgroundColor, color: p.color } : null,
      secondary: s ? { background: s.backgroundColor, color: s.color, border: s.borderTopColor } : null,
    };
  });
}
