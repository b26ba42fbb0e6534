import { SETTINGS_SHEET_NAME } from '../../shared/settings-sheet-name';
import { kpiIndex } from './kpi-actual-from-tabs';
import { linkedKpis } from './linked-kpis';
import type { LinkedKpi } from './plan-scoring';
import { readAllTabs } from '../platform/read-all-tabs';
import type { Snapshot } from '../platform/read-snapshot';

/**
 * planScoring's `kpis` callback for a snapshot's sheet: reads the spreadsheet's other tabs (one
 * getValues per tab; the sheet itself and the settings tab were read already) and returns their KPIs,
 * read as KPI_ACTUAL reads them (kpiIndex). planScoring calls it only for an OKR sheet with a Linked
 * KPI column, so ordinary scoring makes no extra call.
 */
export function kpisFromTabs(snapshot: Pick<Snapshot, 'sheetName' | 'settingsValues'>): () => LinkedKpi[] {
  return () => {
    const all = readAllTabs({ skip: [snapshot.sheetName, SETTINGS_SHEET_NAME] });
    return linkedKpis(kpiIndex({ ...all, settingsValues: snapshot.settingsValues }));
  };
}
