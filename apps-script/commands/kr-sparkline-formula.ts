import { HISTORY_SHEET_NAME } from '../../shared/history-columns';
import { columnLetter } from '../platform/column-letter';

/**
 * The SPARKLINE of a key result's scores in the history tab, built only from positions (never from cell
 * text): `row` is the KR's 1-based sheet row and `idColumn` the 1-based column of its `Scorecard id`.
 * The history's Score column (H) is filtered by its Key column (C) equal to the KR's id cell, oldest row
 * first; a KR with no history yet shows an empty cell. Null for an invalid position.
 *
 * @example
 * krSparklineFormula(5, 12) // "=IFERROR(SPARKLINE(FILTER('Scorecard history'!$H$2:$H,'Scorecard history'!$C$2:$C=$L5)),\"\")"
 */
export function krSparklineFormula(row: number, idColumn: number): string | null {
  if (!Number.isInteger(row) || row < 1 || !Number.isInteger(idColumn) || idColumn < 1) return null;
  const tab = `'${HISTORY_SHEET_NAME}'`;
  return `=IFERROR(SPARKLINE(FILTER(${tab}!$H$2:$H,${tab}!$C$2:$C=$${columnLetter(idColumn)}${row})),"")`;
}
