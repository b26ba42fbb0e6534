import { mapRefs } from './map-refs';

export type Dimension = 'row' | 'column';

function shiftIndex(index: number | null, at: number, count: number): number | null | 'deleted' {
  if (index === null) return null;
  if (count > 0) return index >= at ? index + count : index;
  const removed = -count;
  if (index < at) return index;
  if (index >= at + removed) return index - removed;
  return 'deleted';
}

/**
 * Rewrites references after rows/columns were inserted (count > 0, new ones
 * start at `at`) or deleted (count < 0, starting at `at`) on `targetSheet`.
 * `formulaSheet` is the sheet the formula lives on (for unqualified refs).
 */
export function shiftFormula(
  formula: string,
  formulaSheet: string,
  targetSheet: string,
  dimension: Dimension,
  at: number,
  count: number,
): string {
  return mapRefs(formula, (r) => {
    const sheet = r.sheet ?? formulaSheet;
    if (sheet !== targetSheet) return r;
    const k1 = dimension === 'row' ? 'row1' : 'col1';
    const k2 = dimension === 'row' ? 'row2' : 'col2';
    const a = shiftIndex(r[k1], at, count);
    const b = shiftIndex(r[k2], at, count);
    if (count > 0) return { ...r, [k1]: a, [k2]: b };
    if (a === 'deleted' && b === 'deleted') return null;
    // A range losing one end shrinks to the surviving part.
    const start = a === 'deleted' ? at : a;
    const end = b === 'deleted' ? at - 1 : b;
    if (start !== null && end !== null && end < start) return null;
    return { ...r, [k1]: start, [k2]: end};
  });
}
