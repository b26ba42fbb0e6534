import type { KeyResultKind } from './types';

const KINDS: Record<string, KeyResultKind> = {
  increase: 'increase', increasing: 'increase', up: 'increase', raise: 'increase', grow: 'increase', growth: 'increase', higher: 'increase', more: 'increase',
  decrease: 'decrease', decreasing: 'decrease', down: 'decrease', reduce: 'decrease', cut: 'decrease', lower: 'decrease', less: 'decrease', burn: 'decrease',
  threshold: 'threshold', range: 'threshold', band: 'threshold', maintain: 'threshold', keep: 'threshold', 'stay within': 'threshold',
  milestone: 'milestone', binary: 'milestone', boolean: 'milestone', 'yes/no': 'milestone', checkbox: 'milestone', deliverable: 'milestone', task: 'milestone',
  baseline: 'baseline', measure: 'baseline',
};

/**
 * The KR kind a `Kind` cell names (with common synonyms: `up`, `reduce`, `maintain`, `binary`...), or null.
 *
 * @example
 * keyResultKind('Binary') // 'milestone'
 */
export function keyResultKind(text: string): KeyResultKind | null {
  return KINDS[text.trim().toLowerCase()] ?? null;
}
