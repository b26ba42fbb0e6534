import type { Cell } from '../../shared/types';

/**
 * Whether a custom function argument is empty (an empty cell arrives as '').
 *
 * @example
 * blankCell('') // true
 */
export function blankCell(cell: Cell | undefined): boolean {
  return cell === undefined || cell === null || cell === '';
}
