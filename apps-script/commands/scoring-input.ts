import type { Snapshot } from '../platform/read-snapshot';
import { kpisFromTabs } from './kpis-from-tabs';
import type { ScoringInput } from './plan-scoring';
import { newScorecardId } from '../platform/new-scorecard-id';

/**
 * What planScoring needs from a snapshot: the sheet's cells and output columns, the settings tab,
 * today, the time zone and locale, the Linked KPI reader, and the history tab when it was read (today's
 * scoring is then recorded there). Every command that scores a sheet
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
    ...(snapshot.historyValues !== undefined ? { history: { sheetName: snapshot.sheetName, values: snapshot.historyValues, newId: newScorecardId, record: true } } : {}),
  };
}
