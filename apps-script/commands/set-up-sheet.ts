import { defaultSettings } from '../../shared/default-settings';
import { settingsRows } from '../../shared/settings-rows';
import { kpiTemplate, okrTemplate } from './sheet-template';
import { createTemplateSheet } from '../platform/create-template-sheet';
import { writeSettingsTab } from '../platform/settings-tab';
import { showToast } from '../platform/show-toast';
import { spreadsheetToday } from '../platform/spreadsheet-today';

/**
 * Extensions > Scorecard > Set up OKR sheet / Set up KPI sheet: a new tab with headers, dropdowns,
 * checkboxes, number formats and three example rows, plus the `Scorecard settings` tab with the
 * defaults when the spreadsheet has none yet.
 */
export function setUpSheet(kind: 'okr' | 'kpi'): string {
  const { today } = spreadsheetToday();
  const name = createTemplateSheet(kind === 'okr' ? okrTemplate(today) : kpiTemplate(today));
  writeSettingsTab(settingsRows({ ...defaultSettings, columns: {} }), true);
  showToast(null, `Added "${name}" with three example rows — replace them with yours, then Extensions > Scorecard > Score this sheet.`, 10);
  return name;
}
