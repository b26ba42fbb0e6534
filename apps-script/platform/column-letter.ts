/** The A1 letters of a 1-based column: one helper for the add-on and the popup, in shared/. */
export { columnLetter } from '../../shared/column-letter';
