import { cleanUpPlan } from './clean-up-plan';
import { importLocale } from './import-locale';
import { askYesNo } from '../platform/ask-yes-no';
import { selectedRange } from '../platform/selected-range';
import { settingsTab } from '../platform/settings-tab';
import { showToast } from '../platform/show-toast';

/** What Clean up pasted cells did. */
export interface CleanUpResult {
  /** Cells that are numbers now (0 when nothing changed or the person said No). */
  changed: number;
  /** Cells that would change. */
  found: number;
  message: string;
}

const TITLE = 'Clean up pasted cells';

/**
 * Extensions > Scorecard > Clean up pasted cells: in the selected range, text that is a number
 * (`1.234,50 €`, `(1,234)`, `12 %`) becomes a real number, read by the engine's rules. It first says
 * how many cells will change (with an example) and asks; then one setValues over the smallest block
 * holding the changes, so one undo reverts it. Cells outside the selection are never written.
 */
export function cleanUpPastedCells(): CleanUpResult {
  const selection = selectedRange();
  if (!selection) {
    const message = 'Select the pasted cells first, then run Clean up pasted cells.';
    showToast(null, message, 8);
    return { changed: 0, found: 0, message };
  }
  const locale = importLocale(settingsTab(), selection.locale);
  const plan = cleanUpPlan({ values: selection.values, formulas: selection.formulas, numberFormats: selection.numberFormats, locale });
  const found = plan.changes.length;
  if (!plan.block) {
    const message = `No text numbers in ${selection.a1}: nothing to change.`;
    showToast(null, message, 8);
    return { changed: 0, found, message };
  }
  const example = plan.changes[0]!;
  const separator = plan.decimal === ',' ? 'decimal comma' : 'decimal point';
  const prompt = `${found} cell${found === 1 ? '' : 's'} in ${selection.sheetName}!${selection.a1} will become number${found === 1 ? '' : 's'} (read with a ${separator}), e.g. "${example.from.trim()}" → ${example.to}. Convert ${found === 1 ? 'it' : 'them'}?`;
  if (!askYesNo(TITLE, prompt)) return { changed: 0, found, message: 'Nothing changed.' };
  selection.write(plan.block.row, plan.block.column, plan.block.grid);
  const message = `Converted ${found} cell${found === 1 ? '' : 's'} to numbers — Undo reverts it.`;
  showToast(null, message, 8);
  return { changed: found, found, message };
}
