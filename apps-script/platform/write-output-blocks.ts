import type { OutputBlock } from '../plans/scoring-plan';

/** Writes each block of output cells with one setValues (a block is a run of adjacent output columns). */
export function writeOutputBlocks(sheet: GoogleAppsScript.Spreadsheet.Sheet, blocks: readonly OutputBlock[]): void {
  for (const block of blocks) {
    if (!block.values.length) continue;
    sheet.getRange(block.fromRow, block.column, block.values.length, block.roles.length).setValues(block.values);
  }
}
