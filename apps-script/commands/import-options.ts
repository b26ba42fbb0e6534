import type { Settings } from '../../shared/types';
import { defaultSettings } from '../../shared/default-settings';
import { readSettings } from '../../shared/read-settings';
import { readSheet } from '../../shared/read-sheet';
import type { ImportKpiTab, ImportOptions } from './import-request';
import { readAllTabs, type AllTabs } from '../platform/read-all-tabs';

/** The import dialog's start: the locale numbers are read with and the KPI tabs a period column can go to. */
export function importOptions(): ImportOptions {
  return importOptionsFrom(readAllTabs());
}

/**
 * Pure part of importOptions: each tab read with readSheet (the team's settings and locale); those of
 * kind `kpi` with at least one KPI are listed with their KPI names and period columns.
 */
export function importOptionsFrom(all: AllTabs): ImportOptions {
  const { settings } = all.settingsValues ? readSettings(all.settingsValues) : { settings: { ...defaultSettings, columns: {} } as Settings };
  const locale = settings.locale ?? all.locale;
  const kpiTabs: ImportKpiTab[] = [];
  for (const tab of all.tabs) {
    const report = readSheet(tab.values, { asOf: settings.asOf ?? all.today, locale: locale ?? undefined, settings, timeZone: all.timeZone });
    if (report.kind !== 'kpi' || report.kpis.length === 0) continue;
    // A long Date/Metric/Value list has no period columns to add to.
    if (report.columns.date !== undefined && !(report.periodColumns ?? []).length) continue;
    kpiTabs.push({
      name: tab.name,
      kpis: report.kpis.map((k) => k.name),
      periods: (report.periodColumns ?? []).map((c) => report.headers[c] ?? '').filter(Boolean),
      scoresActualColumn: report.columns.current !== undefined,
    });
  }
  const names = new Set(all.tabs.map((t) => t.name.toLowerCase()));
  let newTabName = 'KPI import';
  for (let n = 2; names.has(newTabName.toLowerCase()); n++) newTabName = `KPI import ${n}`;
  return { locale, kpiTabs, newTabName };
}
