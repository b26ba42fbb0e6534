import { rowWidth } from './find-paste-header';

/**
 * Two header rows as one: labels joined by a space; a first-row label merged across columns
 * (blank cells to its right with labels under them) spans those labels.
 *
 * @example
 * mergeHeaders(['KPI', 'Actual', '', 'Target', ''], ['', 'Jan', 'Feb', 'Jan', 'Feb'])
 * // ['KPI', 'Actual Jan', 'Actual Feb', 'Target Jan', 'Target Feb']
 */
export function mergeHeaders(top: string[], bottom: string[]): string[] {
  const width = Math.max(rowWidth(top), rowWidth(bottom));
  const out: string[] = [];
  let spanTop: string | null = null;
  for (let c = 0; c < width; c++) {
    const t = top[c] ?? '';
    const b = bottom[c] ?? '';
    if (t !== '') {
      spanTop = t;
      out.push(b === '' ? t : `${t} ${b}`);
    } else if (b !== '') {
      // A label merged across columns on the first row spans the labels under it.
      const spans = spanTop !== null && c > 0 && (bottom[c - 1] ?? '') !== '';
      out.push(spans ? `${spanTop} ${b}` : b);
    } else {
      spanTop = null;
      out.push('');
    }
  }
  return out;
}
