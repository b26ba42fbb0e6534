import type { Cell } from '../../shared/types';
import { OUTPUT_METADATA_KEY, STATUS_ROLES, type OutputRole } from '../names/output-role';
import type { ScoringPlan } from '../plans/scoring-plan';
import { STATUS_COLORS, STATUS_WORDS } from '../names/status-colors';
import { SUMMARY_SHEET_NAME, SUMMARY_STATUS_COLUMN } from '../names/summary-sheet-name';
import { columnLetter } from './column-letter';
import type { Snapshot } from './read-snapshot';
import { writeOutputBlocks } from './write-output-blocks';
import { writeHistory } from './write-history';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const NUMERIC_ROLES: readonly OutputRole[] = ['score', 'expected', 'rollup'];
/** Since last check-in: `+0.12`, `−0.05` (a Unicode minus), `0.00`. */
const SINCE_FORMAT = '+0.00;"\u2212"0.00;0.00';

/**
 * Writes a computed scoring plan: adds any missing output columns (to the right of the data, each marked
 * with developer metadata), one setValues per run of adjacent output columns, the status colour rules
 * in one setConditionalFormatRules call (the sheet's other rules are kept), and the summary tab in one
 * setValues. Nothing here computes a score; nothing is written outside the output columns and the
 * summary tab.
 */
export function writeScoring(snapshot: Snapshot, plan: ScoringPlan, summary: Cell[][] | null): void {
  const { sheet } = snapshot;
  const ranges = new Map<OutputRole, Range>();
  for (const found of snapshot.outputs) if (!ranges.has(found.role)) ranges.set(found.role, found.range);

  if (plan.create.length) {
    // New columns are adjacent, at the right of the data: one insert, one number format for all of them
    // (status words are text, unaffected), then one metadata mark per column.
    const first = plan.create[0]!.column;
    const last = plan.create[plan.create.length - 1]!.column;
    sheet.insertColumnsAfter(first - 1, plan.create.length);
    if (plan.create.some((c) => NUMERIC_ROLES.includes(c.role))) sheet.getRange(`${columnLetter(first)}:${columnLetter(last)}`).setNumberFormat('0.00');
    for (const { role, column } of plan.create) {
      const letter = columnLetter(column);
      const range = sheet.getRange(`${letter}:${letter}`);
      range.addDeveloperMetadata(OUTPUT_METADATA_KEY, role);
      if (role === 'since') range.setNumberFormat(SINCE_FORMAT);
      ranges.set(role, range);
    }
  }

  writeOutputBlocks(sheet, plan.blocks);
  if (plan.history?.write) writeHistory(snapshot, plan.history.write);

  const statusRanges = plan.columns.filter((c) => STATUS_ROLES.includes(c.role)).flatMap((c) => ranges.get(c.role) ?? []);
  setStatusRules(sheet, statusRanges, new Set(plan.columns.map((c) => c.column)));

  if (summary && summary.length) {
    let summarySheet = snapshot.summarySheet;
    if (!summarySheet) {
      summarySheet = snapshot.spreadsheet.insertSheet(SUMMARY_SHEET_NAME);
      summarySheet.setFrozenRows(1);
      const letter = columnLetter(SUMMARY_STATUS_COLUMN + 1);
      setStatusRules(summarySheet, [summarySheet.getRange(`${letter}:${letter}`)], new Set([SUMMARY_STATUS_COLUMN + 1]), false);
      sheet.activate(); // insertSheet makes the new tab active; stay on the scored sheet.
    }
    summarySheet.getRange(1, 1, summary.length, summary[0]!.length).setValues(summary);
  }
}

/**
 * Replaces the add-on's status colour rules on a sheet (rules lying wholly inside `owned` columns) with
 * one rule per status word over `ranges`, keeping every other rule, in one setConditionalFormatRules.
 * `hasRules` false skips reading the rules of a tab just made.
 */
export function setStatusRules(sheet: Sheet, ranges: Range[], owned: ReadonlySet<number>, hasRules = true): void {
  const existing = hasRules ? sheet.getConditionalFormatRules() : [];
  const kept = existing.filter((rule) => !rule.getRanges().every((r) => insideOwned(r, owned)));
  const ours = ranges.length
    ? STATUS_WORDS.map((word) =>
        SpreadsheetApp.newConditionalFormatRule()
          .whenTextEqualTo(word)
          .setBackground(STATUS_COLORS[word].background)
          .setFontColor(STATUS_COLORS[word].text)
          .setRanges(ranges)
          .build(),
      )
    : [];
  sheet.setConditionalFormatRules([...kept, ...ours]);
}

function insideOwned(range: Range, owned: ReadonlySet<number>): boolean {
  const first = range.getColumn();
  for (let c = first; c < first + range.getNumColumns(); c++) if (!owned.has(c)) return false;
  return true;
}
