/** One figure measured against its goal. */
export interface GoalResult {
  label: string;
  value: number;
  limit: number;
  unit: string;
  comparison: '≤' | '<' | '≥';
  met: boolean;
}

const results: GoalResult[] = [];

function figure(n: number): string {
  const a = Math.abs(n);
  return a >= 100 ? n.toFixed(0) : a >= 10 ? n.toFixed(1) : a >= 1 ? n.toFixed(2) : String(Number(n.toPrecision(2)));
}

/**
 * Measures `value` against its goal, records it for the summary `npm run bench` prints at the end, and
 * returns the mark: `12.3 ms (goal ≤ 100 ms) ✓ met` or `… ✗ missed`.
 */
export function mark(label: string, value: number, limit: number, unit: string, comparison: GoalResult['comparison'] = '≤'): string {
  const met = comparison === '≤' ? value <= limit : comparison === '<' ? value < limit : value >= limit;
  results.push({ label, value, limit, unit, comparison, met });
  const space = unit === 'x' ? '' : ' ';
  const bound = Number.isInteger(limit) ? String(limit) : figure(limit);
  return `${figure(value)}${space}${unit} (goal ${comparison} ${bound}${space}${unit}) ${met ? '✓ met' : '✗ missed'}`;
}

/** Prints one figure with its goal: `label: 12.3 ms (goal ≤ 100 ms) ✓ met`. */
export function goal(label: string, value: number, limit: number, unit: string, comparison: GoalResult['comparison'] = '≤'): void {
  console.log(`${label}: ${mark(label, value, limit, unit, comparison)}`);
}

/** Every figure marked so far, in order. */
export function goalResults(): readonly GoalResult[] {
  return results;
}
