import type { SheetSource } from './types';

/** The cache key of a connected sheet: its spreadsheet id and tab. */
export function sheetKey(source: Pick<SheetSource, 'spreadsheetId' | 'tab'>): string {
  return `${source.spreadsheetId}|${source.tab}`;
}
