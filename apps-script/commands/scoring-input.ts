import type { Snapshot } from '../platform/read-snapshot';
import { kpisFromTabs } from './kpis-from-tabs';
import type { ScoringInput } from './plan-scoring';

/**
 * What planScoring needs from a snapshot: the sheet's cells and output columns, the settings tab,
 * today, the time zone and locale, and the Linked KPI reader. Every command that scores a sheet
 * (Score this sheet, onEdit, the dashboard, the import) starts from this one input.
 */
export function scoringInput(snapshot: Snapshot): ScoringInput {
  return {
    values: snapshot.values,
    ...(snapshot.displayValues ? { displayValues: snapshot.displayValues } : {}),
    outputs: snapshot.outputs,
    settingsValues: snapshot.settingsValues,
    today: snapshot.today,
    timeZone: snapshot.timeZone,
    locale: snapshot.locale,
    kpis: kpisFromTabs(snapshot),
  };
}
