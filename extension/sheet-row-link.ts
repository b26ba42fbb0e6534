/**
 * A link that opens the spreadsheet at a row of a tab.
 *
 * @example
 * sheetRowLink('1AbC', 42, 7) // 'https://docs.google.com/spreadsheets/d/1AbC/edit#gid=42&range=A7'
 */
export function sheetRowLink(spreadsheetId: string, gid: number | null, row: number): string {
  const base = `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/edit`;
  return gid === null ? `${base}#range=A${row}` : `${base}#gid=${gid}&range=A${row}`;
}
