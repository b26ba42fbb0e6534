import type { Problem, Settings } from '../../shared/types';
import { defaultSettings } from '../../shared/default-settings';
import { readSettings } from '../../shared/read-settings';
import { settingsRows } from '../../shared/settings-rows';
import { settingsTab, writeSettingsTab } from '../platform/settings-tab';

/** What the Settings dialog edits and gets back. */
export interface SettingsForm {
  settings: Settings;
  problems: Problem[];
  /** Whether the spreadsheet has a `Scorecard settings` tab yet. */
  exists: boolean;
  saved?: boolean;
}

/** The settings as the `Scorecard settings` tab holds them (defaults when there is no tab), with its problems. */
export function settingsForm(): SettingsForm {
  const values = settingsTab();
  if (!values) return { settings: { ...defaultSettings, columns: {} }, problems: [], exists: false };
  return { ...readSettings(values), exists: true };
}

/**
 * Saves the dialog's settings into the `Scorecard settings` tab. The engine checks them first (the rows
 * are read back with readSettings); when any is wrong nothing is written and the problems come back.
 * Column mappings already in the tab are kept unless the form sends its own.
 */
export function saveSettingsForm(input: Partial<Settings>): SettingsForm {
  const current = settingsForm().settings;
  const merged: Settings = {
    ...current,
    ...pick(input),
    columns: input.columns && typeof input.columns === 'object' ? { ...input.columns } : current.columns,
  };
  const rows = settingsRows(merged);
  const checked = readSettings(rows);
  if (checked.problems.length) return { settings: merged, problems: checked.problems, exists: true, saved: false };
  writeSettingsTab(rows);
  return { settings: checked.settings, problems: [], exists: true, saved: true };
}

/** Only known settings, with the types the engine expects. */
function pick(input: Partial<Settings>): Partial<Settings> {
  const out: Partial<Settings> = {};
  for (const key of ['aspirationalGreen', 'aspirationalAmber', 'committedGreen', 'committedAmber', 'tolerance'] as const) {
    const v = input[key];
    if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
  }
  if (input.defaultCommitment === 'committed' || input.defaultCommitment === 'aspirational') out.defaultCommitment = input.defaultCommitment;
  if (input.ownerIdentity === 'email' || input.ownerIdentity === 'name') out.ownerIdentity = input.ownerIdentity;
  if (input.asOf === null || typeof input.asOf === 'string') out.asOf = input.asOf ? input.asOf.trim() || null : null;
  if (input.locale === null || typeof input.locale === 'string') out.locale = input.locale ? input.locale.trim() || null : null;
  if (input.fiscalYearStart === null || (typeof input.fiscalYearStart === 'number' && Number.isInteger(input.fiscalYearStart) && input.fiscalYearStart >= 1 && input.fiscalYearStart <= 12)) out.fiscalYearStart = input.fiscalYearStart;
  return out;
}
