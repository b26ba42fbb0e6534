import type { Cell, Settings, SheetReport } from '../shared/types';
import { readSheet } from '../shared/read-sheet';
import { readSettings } from '../shared/read-settings';

/**
 * Scores an OKR tab exactly as the add-on does: with the spreadsheet's own `Scorecard settings`
 * (thresholds, locale, as-of override, column mapping), so the popup and the sheet never disagree.
 * `now` is read in `timeZone` (the spreadsheet's) unless the settings fix an as-of date; `displayValues`
 * (the tab as shown) only give each KR's value format.
 */
export function scoreSheet(
  values: Cell[][],
  settingsValues: Cell[][] | null,
  now: Date,
  timeZone: string | null,
  displayValues?: Cell[][] | null,
): { report: SheetReport; settings: Settings } {
  const { settings } = readSettings(settingsValues ?? []);
  const report = readSheet(values, {
    settings,
    asOf: settings.asOf ?? now,
    ...(settings.locale ? { locale: settings.locale } : {}),
    timeZone: timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    ...(displayValues ? { displayValues } : {}),
  });
  return { report, settings };
}
