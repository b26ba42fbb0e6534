import { localeTag } from './locale-tag';

/** The active spreadsheet's locale as a BCP 47 tag (`en-US`), or null. */
export function spreadsheetLocale(): string | null {
  return localeTag(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
}
