import { dashboardData, type DashboardData } from './dashboard-data';
import { addOnTabMessage } from './add-on-tab-message';
import { emptyReport } from './empty-report';
import { planScoring } from './plan-scoring';
import { readSnapshot } from '../platform/read-snapshot';
import { userIdentity } from '../platform/user-identity';
import { scoringInput } from './scoring-input';
import { historyView } from './history-view';

/**
 * The sidebar's data for the active sheet, read fresh: the same engine run as Score this sheet
 * (output columns are left out of the input), without writing anything. On a tab the add-on writes
 * itself it lists nothing and says what Score this sheet says there.
 */
export function getDashboard(): DashboardData {
  const snapshot = readSnapshot({ display: true, history: true });
  const notice = addOnTabMessage(snapshot.sheetName);
  if (notice) {
    return { ...dashboardData(snapshot.sheetName, emptyReport(snapshot.today), [], userIdentity()), notice };
  }
  const input = scoringInput(snapshot);
  const plan = planScoring(input.history ? { ...input, history: { ...input.history, record: false } } : input);
  const data = dashboardData(snapshot.sheetName, plan.report, plan.problems, userIdentity());
  return plan.history ? { ...data, history: historyView(plan.report, plan.history, plan.settings) } : data;
}
