import { addOnTabMessage } from './add-on-tab-message';
import { editSpan } from './edit-span';
import { planScoring } from './plan-scoring';
import { findOutputs, readSnapshot } from '../platform/read-snapshot';
import { withDocumentLock } from '../platform/with-document-lock';
import { writeOutputBlocks } from '../platform/write-output-blocks';
import { writeHistory } from '../platform/write-history';
import { scoringInput } from './scoring-input';

/** The parts of an onEdit event this needs (a simple trigger's event object). */
export interface EditEvent {
  range?: GoogleAppsScript.Spreadsheet.Range;
}

/**
 * onEdit on a scored sheet (one that has the add-on's output columns): re-scores the objective of the
 * edited rows (or the edited KPIs) from one read of the sheet, and writes their output cells in one
 * setValues per run of output columns. Edits of other sheets, or of the output columns themselves, do
 * nothing. Returns the rows written, or null.
 */
export function rescoreOnEdit(event: EditEvent | undefined): { from: number; to: number } | null {
  const range = event?.range;
  if (!range) return null;
  const sheet = range.getSheet();
  const outputs = findOutputs(sheet);
  if (!outputs.length) return null;
  const first = range.getRow();
  const last = first + range.getNumRows() - 1;
  const owned = new Set(outputs.map((o) => o.column));
  let onlyOutputs = true;
  for (let c = range.getColumn(); c < range.getColumn() + range.getNumColumns(); c++) if (!owned.has(c)) onlyOutputs = false;
  if (onlyOutputs) return null;
  return withDocumentLock(() => {
    const snapshot = readSnapshot({ sheet, outputs, history: true });
    if (addOnTabMessage(snapshot.sheetName)) return null;
    let span: { from: number; to: number } | null = null;
    const plan = planScoring({
      ...scoringInput(snapshot),
      rows: (report) => (span = editSpan(report, first, last, Math.max(snapshot.values.length, report.headerRow))),
    });
    if (!plan.ok || !span) return null;
    writeOutputBlocks(sheet, plan.blocks);
    if (plan.history?.write) writeHistory(snapshot, plan.history.write);
    return span;
  }, 10_000);
}
