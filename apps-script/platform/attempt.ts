/**
 * The result of `read`, or `fallback` when it throws: for reads that only refine the result (the
 * spreadsheet's locale, a toast) and must never stop Score this sheet.
 *
 * @example
 * attempt(() => spreadsheet.getSpreadsheetLocale(), null)
 */
export function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
