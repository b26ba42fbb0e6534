import type { Cell } from './types';

/**
 * A value to write with setValues that must stay text: Sheets reads written strings as typed input
 * (`=…` becomes a formula, `2026-Q3` or `Sep 2026` may become a date, `+10%` a formula), so strings are
 * written with a leading apostrophe, which Sheets drops and which keeps them as text.
 *
 * @example
 * asText('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 * asText(0.6) // 0.6
 */
export function asText(value: Cell): Cell {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}
