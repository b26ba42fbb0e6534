/** What people, exports and formulas write for "no value yet": read as a blank cell (readSheet and readPastedTable). */
const NO_VALUE = new Set([
  '#div/0!', '#n/a', '#na', '#value!', '#ref!', '#name?', '#num!', '#null!', '#error!', '#error', '#spill!', '#calc!',
  '#getting_data', '-', '–', '—', '--', 'n/a', 'n.a.', 'n. a.', 'tbd', 'tbc',
]);

/**
 * Words people write in a value cell for "no value yet": blank in a start, target, current or actual
 * cell, but kept as text in a pasted table (a `Status` column saying `Pending` is not blank).
 */
const NO_VALUE_WORDS = new Set([
  'pending', 'no target', 'not available', 'not applicable', 'unknown', '?', '??', '???', 'no data', 'not set', 'tba', 'na',
  'n.v.', 'k.a.', 'keine angabe', 'nd', 'n.d.', 'no disponible', 'non disponible', 'inconnu', 'desconocido',
]);

/**
 * Whether a cell's text means "no value yet" (`-`, `N/A`, `TBD`, a formula error such as `#N/A` or
 * `#DIV/0!`): a current value or KPI actual written so is no data (grey), not an unreadable number.
 * `words`: also the words of a value cell (`pending`, `no target`, `not available`, `unknown`, `?`).
 *
 * @example
 * noValue('N/A') // true
 * noValue('0') // false
 * noValue('Pending', true) // true
 */
export function noValue(text: string, words = false): boolean {
  if (text.length > 16) return false;
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return false; // no entry starts with a digit: skip the lower-casing
  const lower = text.toLowerCase();
  return NO_VALUE.has(lower) || (words && NO_VALUE_WORDS.has(lower));
}
