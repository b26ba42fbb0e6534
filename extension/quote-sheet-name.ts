/**
 * A tab name as an A1 range (the whole tab): wrapped in single quotes, inner quotes doubled.
 *
 * @example
 * quoteSheetName("Q3 OKRs") // "'Q3 OKRs'"
 * quoteSheetName("Ana's") // "'Ana''s'"
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
