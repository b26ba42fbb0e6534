import { dashboardData, type DashboardData } from './dashboard-data';
import { kpisFromTabs } from './kpis-from-tabs';
import { planScoring } from './plan-scoring';
import { readSnapshot } from '../platform/read-snapshot';
import { userIdentity } from '../platform/user-identity';

/**
 * The sidebar's data for the active sheet, read fresh: the same engine run as Score this sheet
 * (output columns are left out of the input), without writing anything.
 */
export function getDashboard(): DashboardData {
  const snapshot = readSnapshot();
  const plan = planScoring({
    values: snapshot.values,
    outputs: snapshot.outputs,
    settingsValues: snapshot.settingsValues,
    today: snapshot.today,
      timeZone: snapshot.timeZone,
    locale: snapshot.locale,
    kpis: kpisFromTabs(snapshot),
  });
  return dashboardData(snapshot.sheetName, plan.report, plan.problems, userIdentity());
}
