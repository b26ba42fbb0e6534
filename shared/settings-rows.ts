import type { Cell, ColumnConcept, Settings } from './types';

/** The label each setting has in the `Scorecard settings` tab, in the order the tab lists them. */
export const SETTING_LABELS = {
  aspirationalGreen: 'Aspirational green at',
  aspirationalAmber: 'Aspirational amber at',
  committedGreen: 'Committed green at',
  committedAmber: 'Committed amber at',
  tolerance: 'KPI tolerance',
  defaultCommitment: 'Default commitment',
  asOf: 'As-of date',
  locale: 'Locale',
  ownerIdentity: 'Owner identity',
  fiscalYearStart: 'Fiscal year starts',
} as const satisfies Record<Exclude<keyof Settings, 'columns'>, string>;

/** Month names as the settings tab writes the `Fiscal year starts` month. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** The label of a column mapping row: `column: Owner`. */
export function columnSettingLabel(concept: ColumnConcept): string {
  return `column: ${concept}`;
}

/**
 * The rows of the `Scorecard settings` tab for these settings, header first; the add-on writes them.
 * Thresholds and tolerance are written as fractions (format them as percent in the sheet).
 *
 * @example
 * settingsRows(defaultSettings)[1] // ['Aspirational green at', 0.7]
 */
export function settingsRows(settings: Settings): Cell[][] {
  const rows: Cell[][] = [['Setting', 'Value']];
  rows.push([SETTING_LABELS.aspirationalGreen, settings.aspirationalGreen]);
  rows.push([SETTING_LABELS.aspirationalAmber, settings.aspirationalAmber]);
  rows.push([SETTING_LABELS.committedGreen, settings.committedGreen]);
  rows.push([SETTING_LABELS.committedAmber, settings.committedAmber]);
  rows.push([SETTING_LABELS.tolerance, settings.tolerance]);
  rows.push([SETTING_LABELS.defaultCommitment, settings.defaultCommitment]);
  rows.push([SETTING_LABELS.asOf, settings.asOf ?? '']);
  rows.push([SETTING_LABELS.locale, settings.locale ?? '']);
  rows.push([SETTING_LABELS.ownerIdentity, settings.ownerIdentity]);
  rows.push([SETTING_LABELS.fiscalYearStart, settings.fiscalYearStart === null ? '' : MONTH_NAMES[settings.fiscalYearStart - 1] ?? '']);
  for (const [concept, header] of Object.entries(settings.columns)) {
    if (header) rows.push([columnSettingLabel(concept as ColumnConcept), header]);
  }
  return rows;
}
