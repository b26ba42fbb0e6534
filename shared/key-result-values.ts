import type { KeyResultResult } from './types';
import { formatTarget } from './format-target';
import { formatValue } from './format-value';

/**
 * A key result's current value and target as every face shows them (formatValue, in the KR's own unit):
 * null when there is none to show (a milestone says its state and due date instead; a baseline has no
 * target).
 *
 * @example
 * keyResultValues(kr) // { now: '72%', target: '75%' }
 */
export function keyResultValues(kr: Pick<KeyResultResult, 'kind' | 'current' | 'target' | 'low' | 'high' | 'format'>): { now: string | null; target: string | null } {
  if (kr.kind === 'milestone') return { now: null, target: null };
  const target = kr.kind === 'baseline' ? '–' : formatTarget(kr);
  return { now: kr.current === null ? null : formatValue(kr.current, kr.format), target: target === '–' ? null : target };
}
