import type { Cell, KpiResult, Settings } from '../../shared/types';
import { cellText } from '../../shared/cell-text';
import { defaultSettings } from '../../shared/default-settings';
import { kpiNameKey } from '../../shared/kpi-name-key';
import { readSettings } from '../../shared/read-settings';
import { readSheet } from '../../shared/read-sheet';
import type { AllTabs } from '../platform/read-all-tabs';

/** KPIs by name key, the first tab (in tab order) naming a KPI winning. */
export type KpiIndex = Map<string, KpiResult & { tab: string }>;

/**
 * The KPIs of every KPI tab (tabs that readSheet, with the team's settings and locale, reads as kind
 * `kpi`), by `kpiNameKey` of their name. Pure.
 */
export function kpiIndex(all: AllTabs): KpiIndex {
  const { settings } = all.settingsValues ? readSettings(all.settingsValues) : { settings: { ...defaultSettings, columns: {} } as Settings };
  const locale = settings.locale ?? all.locale ?? undefined;
  const index: KpiIndex = new Map();
  for (const tab of all.tabs) {
    const report = readSheet(tab.values, { asOf: settings.asOf ?? all.today, locale, settings, timeZone: all.timeZone });
    if (report.kind !== 'kpi') continue;
    for (const kpi of report.kpis) {
      const key = kpiNameKey(kpi.name);
      if (key && !index.has(key)) index.set(key, { ...kpi, tab: tab.name });
    }
  }
  return index;
}

/**
 * KPI_ACTUAL's answer for one name: that KPI's latest actual (a number), `''` when it has none yet.
 * Throws (the cell shows #ERROR! with the message) when the name is blank or names no KPI.
 */
export function kpiActualFromTabs(name: Cell, index: KpiIndex): Cell {
  const text = cellText(name);
  if (!text) throw new Error('KPI_ACTUAL needs the name of a KPI, e.g. =KPI_ACTUAL("Monthly revenue")');
  const kpi = index.get(kpiNameKey(text));
  if (!kpi) throw new Error(`No KPI named "${text}" on the KPI tabs — check the spelling`);
  return kpi.actual ?? '';
}
