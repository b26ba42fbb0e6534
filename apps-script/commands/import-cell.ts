import type { Cell } from '../../shared/types';
import { asText } from '../../shared/as-text';

/**
 * A pasted-table cell as written with setValues: numbers (and booleans) as they are, every other
 * non-empty string with a leading apostrophe, so Sheets keeps it as text — never a formula
 * (`=HYPERLINK(...)`, `@SUM(A1)`, `+1 555`, `- note`), never a number or date it guessed
 * (`00123`, `40.0.2214.111`, `2026-11-30`). readPastedTable already turned every number it could read
 * into a JS number, so a string here is text by the engine's rules.
 *
 * @example
 * importCell('=HYPERLINK("http://x","click")') // "'=HYPERLINK(\"http://x\",\"click\")"
 * importCell(1234.5) // 1234.5
 */
export function importCell(value: Cell | undefined): Cell {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  return asText(value);
}
