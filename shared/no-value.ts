/** What people, exports and formulas write for "no value yet": read as a blank cell (readSheet and readPastedTable). */
const NO_VALUE = new Set([
  '#div/0!', '#n/a', '#na', '#value!', '#ref!', '#name?', '#num!', '#null!', '#error!', '#error', '#spill!', '#calc!',
  '#getting_data', '-', '–', '—', '--', 'n/a', 'n.a.', 'n. a.', 'tbd', 'tbc',
]);

/**
 * Whether a cell's text means "no value yet" (`-`, `N/A`, `TBD`, a formula error such as `#N/A` or
 * `#DIV/0!`): a current value or KPI actual written so is no data (grey), not an unreadable number.
 *
 * @example
 * noValue('N/A') // true
 * noValue('0') // false
 */
export function noValue(text: string): boolean {
  if (text.length > 13) return false;
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return false; // no entry starts with a digit: skip the lower-casing
  return NO_VALUE.has(text.toLowerCase());
}
