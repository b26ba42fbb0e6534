import { dashboardData, type DashboardData } from './dashboard-data';
import { planScoring } from './plan-scoring';
import { readSnapshot } from '../platform/read-snapshot';
import { userIdentity } from '../platform/user-identity';
import { scoringInput } from './scoring-input';

/**
 * The sidebar's data for the active sheet, read fresh: the same engine run as Score this sheet
 * (output columns are left out of the input), without writing anything.
 */
export function getDashboard(): DashboardData {
  const snapshot = readSnapshot();
  const plan = planScoring(scoringInput(snapshot));
  return dashboardData(snapshot.sheetName, plan.report, plan.problems, userIdentity());
}
