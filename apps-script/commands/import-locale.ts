import type { Cell } from '../../shared/types';
import { readSettings } from '../../shared/read-settings';

/**
 * The locale an import or a clean-up reads numbers with: the team's Locale setting (the
 * `Scorecard settings` tab) wins over the spreadsheet's locale, as for Score this sheet.
 *
 * @example
 * importLocale(null, 'de-DE') // 'de-DE'
 */
export function importLocale(settingsValues: Cell[][] | null, spreadsheetLocale: string | null): string | null {
  const fromSettings = settingsValues ? readSettings(settingsValues).settings.locale : null;
  return fromSettings ?? spreadsheetLocale ?? null;
}
