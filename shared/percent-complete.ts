import type { Cell } from './types';
import { localeDecimal } from './locale-decimal';
import { parseNumberAs } from './parse-number';

/**
 * A percent-complete cell (`Progress %`, `% complete`) as a fraction: `40%` and `0.4` → 0.4; a bare
 * number above 1 is percent points (`40` → 0.4); a checkbox is 1 or 0. Null when not a number.
 *
 * @example
 * percentComplete('40%') // 0.4
 * percentComplete(58) // 0.58
 */
export function percentComplete(cell: Cell, decimal?: '.' | ',', locale?: string): number | null {
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  const value = parseNumberAs(cell, decimal ?? localeDecimal(locale) ?? undefined);
  if (value === null) return null;
  const written = typeof cell === 'string' && cell.includes('%');
  return !written && Math.abs(value) > 1 ? value / 100 : value;
}
