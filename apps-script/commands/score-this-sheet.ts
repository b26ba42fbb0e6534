import type { Problem, SheetReport } from '../../shared/types';
import { planScoring } from './plan-scoring';
import { scoreMessage } from './score-message';
import { summaryRows } from './summary-rows';
import { addOnTabMessage } from './add-on-tab-message';
import { emptyReport } from './empty-report';
import { readSnapshot, type ReadSnapshotOptions } from '../platform/read-snapshot';
import { showToast } from '../platform/show-toast';
import { withDocumentLock } from '../platform/with-document-lock';
import { writeScoring } from '../platform/write-scoring';
import { scoringInput } from './scoring-input';

export interface ScoreResult {
  sheetName: string;
  report: SheetReport;
  problems: Problem[];
  message: string;
}

/**
 * Extensions > Scorecard > Score this sheet: under the document lock, reads the sheet (one
 * getValues), computes everything with the engine, then writes the output columns, the colour rules and
 * the summary tab. If anything fails before the writes, the sheet is left as it was.
 */
export function scoreThisSheet(options: ReadSnapshotOptions = {}): ScoreResult {
  return withDocumentLock(() => {
    const snapshot = readSnapshot({ ...options, summary: true, display: true, history: true });
    const refused = addOnTabMessage(snapshot.sheetName);
    if (refused) {
      showToast(snapshot.spreadsheet, refused, 10);
      return { sheetName: snapshot.sheetName, report: emptyReport(snapshot.today), problems: [], message: refused };
    }
    showToast(snapshot.spreadsheet, `Scoring ${snapshot.values.length} rows of "${snapshot.sheetName}"…`, 30);
    const plan = planScoring(scoringInput(snapshot));
    if (!plan.ok) {
      const first = plan.problems[0]?.message ?? 'no objectives, key results or KPIs found';
      const message = `Nothing to score on "${snapshot.sheetName}": ${first}`;
      showToast(snapshot.spreadsheet, message, 10);
      return { sheetName: snapshot.sheetName, report: plan.report, problems: plan.problems, message };
    }
    const summary = summaryRows(snapshot.summaryValues, snapshot.sheetName, plan.report, snapshot.summaryMaxRows);
    writeScoring(snapshot, plan, summary);
    const message = scoreMessage(plan.report, plan.problems);
    showToast(snapshot.spreadsheet, message, 10);
    return { sheetName: snapshot.sheetName, report: plan.report, problems: plan.problems, message };
  });
}
