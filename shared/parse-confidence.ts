import type { Cell } from './types';
import { cellText } from './cell-text';

const WORDS = new Map<string, number>([
  ['on track', 0.8],
  ['at risk', 0.5],
  ['off track', 0.2],
  ['high', 0.8],
  ['medium', 0.5],
  ['low', 0.2],
]);

/**
 * A confidence as a fraction 0..1, or null: `1`..`10` (÷10), `0%`..`100%`, a fraction `0.8`, `7/10`,
 * or words (`on track` 0.8, `at risk` 0.5, `off track` 0.2; `high`/`medium`/`low` the same).
 * A whole number from 1 to 10 is read on the 1..10 scale, so `1` is 0.1.
 *
 * @example
 * parseConfidence(7) // 0.7
 * parseConfidence('80%') // 0.8
 * parseConfidence('At risk') // 0.5
 */
export function parseConfidence(cell: Cell): number | null {
  if (typeof cell === 'number') return numberConfidence(cell);
  if (typeof cell !== 'string') return null;
  const text = cellText(cell).toLowerCase().replace(/\s+/g, ' ');
  if (!text) return null;
  const word = WORDS.get(text);
  if (word !== undefined) return word;
  let m = /^(\d{1,3}(?:[.,]\d+)?) ?%$/.exec(text);
  if (m) {
    const percent = Number(m[1]!.replace(',', '.'));
    return percent <= 100 ? percent / 100 : null;
  }
  m = /^(\d{1,2}(?:[.,]\d+)?) ?\/ ?10$/.exec(text);
  if (m) {
    const n = Number(m[1]!.replace(',', '.'));
    return n <= 10 ? n / 10 : null;
  }
  if (/^\d{1,2}(?:[.,]\d+)?$/.test(text)) return numberConfidence(Number(text.replace(',', '.')));
  return null;
}

function numberConfidence(n: number): number | null {
  if (!Number.isFinite(n) || n < 0) return null;
  if (n < 1) return n;
  return n <= 10 ? n / 10 : null;
}
