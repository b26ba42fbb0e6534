import type { Cell, ColumnConcept, Problem, Settings } from './types';
import { cellText } from './cell-text';
import { defaultSettings } from './default-settings';
import { isoDate } from './calendar-day';
import { parseDateDay } from './parse-date';
import { parseNumber } from './parse-number';
import { SETTING_LABELS } from './settings-rows';
import { columnConcept } from './column-concept';
import { monthNumber } from './month-number';

type Key = Exclude<keyof Settings, 'columns'>;

const KEYS = new Map<string, Key>();
for (const [key, label] of Object.entries(SETTING_LABELS) as [Key, string][]) {
  KEYS.set(normalize(label), key);
  KEYS.set(normalize(key), key);
}
for (const [alias, key] of [
  ['aspirational green', 'aspirationalGreen'], ['aspirational amber', 'aspirationalAmber'],
  ['committed green', 'committedGreen'], ['committed amber', 'committedAmber'],
  ['tolerance', 'tolerance'], ['kpi tolerance %', 'tolerance'], ['commitment', 'defaultCommitment'],
  ['as of', 'asOf'], ['as of date', 'asOf'], ['as-of', 'asOf'], ['owner', 'ownerIdentity'], ['identity', 'ownerIdentity'],
  ['fiscal year start', 'fiscalYearStart'], ['fiscal year', 'fiscalYearStart'], ['fy starts', 'fiscalYearStart'], ['fy start', 'fiscalYearStart'], ['financial year starts', 'fiscalYearStart'],
] as [string, Key][]) KEYS.set(normalize(alias), key);

/**
 * Reads the `Scorecard settings` tab (two columns, `Setting` and `Value`, one row per setting) into
 * settings with defaults (docs/scoring.md, "Settings"). An unknown setting or a bad value is a problem on its row;
 * the default stays in force for it. Column mapping rows are written `column: Owner` → `DRI`.
 *
 * @example
 * readSettings([['Setting', 'Value'], ['KPI tolerance', '5%']]).settings.tolerance // 0.05
 */
export function readSettings(values: Cell[][]): { settings: Settings; problems: Problem[] } {
  const settings: Settings = { ...defaultSettings, columns: {} };
  const problems: Problem[] = [];
  const rowOf: Partial<Record<Key, number>> = {};
  values.forEach((row, i) => {
    const rowNumber = i + 1;
    const name = cellText(row[0]);
    const raw = row[1] ?? '';
    const value = cellText(raw);
    if (!name || name.startsWith('#')) return;
    if (i === 0 && (normalize(name) === 'setting' || normalize(name) === 'settings' || normalize(value) === 'value')) return; // the header row
    const problem = (message: string) => problems.push({ row: rowNumber, column: 'Value', value, severity: 'error', message: `Row ${rowNumber}, ${name}: ${message}` });
    const mapping = /^column\s*:\s*(.+)$/i.exec(name);
    if (mapping) {
      const concept = columnConcept(mapping[1]!);
      if (!concept) {
        problems.push({ row: rowNumber, column: 'Setting', value: name, severity: 'error', message: `Row ${rowNumber}, Setting: "${name}" names no column the scorecard knows — write e.g. column: Owner` });
      } else if (!value) {
        problem('"" is empty — write the header your sheet uses for this column');
      } else settings.columns[concept as ColumnConcept] = value;
      return;
    }
    const key = KEYS.get(normalize(name));
    if (!key) {
      problems.push({ row: rowNumber, column: 'Setting', value: name, severity: 'error', message: `Row ${rowNumber}, Setting: "${name}" is not a setting — use one of: ${Object.values(SETTING_LABELS).join(', ')}, or column: <name>` });
      return;
    }
    if (!value) return; // blank keeps the default
    switch (key) {
      case 'aspirationalGreen':
      case 'aspirationalAmber':
      case 'committedGreen':
      case 'committedAmber':
      case 'tolerance': {
        const n = parseNumber(raw);
        const fraction = n === null ? null : n > 1 && !value.includes('%') ? n / 100 : n;
        if (fraction === null || fraction < 0 || fraction > 1) problem(`"${value}" is not a fraction between 0 and 1 — write one like 0.7 or 70%`);
        else {
          settings[key] = fraction;
          rowOf[key] = rowNumber;
        }
        break;
      }
      case 'defaultCommitment': {
        const v = value.toLowerCase();
        if (v === 'committed' || v === 'aspirational') settings.defaultCommitment = v;
        else problem(`"${value}" is not a commitment — write committed or aspirational`);
        break;
      }
      case 'asOf': {
        const day = parseDateDay(raw);
        if (day === null) problem(`"${value}" is not a date — write one like 2026-11-30, or leave it blank for today`);
        else settings.asOf = isoDate(day);
        break;
      }
      case 'locale':
        if (/^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/.test(value)) settings.locale = value.replace('_', '-');
        else problem(`"${value}" is not a locale — write one like en-US or de-DE`);
        break;
      case 'fiscalYearStart': {
        const month = typeof raw === 'number' || /^\d{1,2}$/.test(value) ? Number(value) : monthNumber(value.trim());
        if (month !== null && Number.isInteger(month) && month >= 1 && month <= 12) settings.fiscalYearStart = month;
        else problem(`"${value}" is not a month — write the month the fiscal year starts in, like April or 4, or leave it blank (FY labels are then calendar years, split years start in July)`);
        break;
      }
      case 'ownerIdentity': {
        const v = value.toLowerCase();
        if (v === 'email' || v === 'name') settings.ownerIdentity = v;
        else if (v === 'display name') settings.ownerIdentity = 'name';
        else problem(`"${value}" is not an identity rule — write email or name`);
        break;
      }
    }
  });
  for (const [green, amber] of [['aspirationalGreen', 'aspirationalAmber'], ['committedGreen', 'committedAmber']] as const) {
    if (settings[amber] > settings[green]) {
      // On the row of the setting that was changed (the amber one when both were).
      const row = rowOf[amber] ?? rowOf[green] ?? 1;
      problems.push({ row, column: 'Value', value: String(settings[amber]), severity: 'error', message: `Row ${row}, ${SETTING_LABELS[amber]}: ${settings[amber]} is above ${SETTING_LABELS[green]} (${settings[green]}) — the amber bar must not be above the green one; the defaults are used` });
      settings[green] = defaultSettings[green];
      settings[amber] = defaultSettings[amber];
    }
  }
  return { settings, problems };
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9%]+/g, ' ').trim();
}
