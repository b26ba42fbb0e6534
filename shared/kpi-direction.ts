import type { KpiDirection } from './types';

const DIRECTIONS: Record<string, KpiDirection> = {
  higher: 'higher', high: 'higher', up: 'higher', increase: 'higher', grow: 'higher', growth: 'higher', more: 'higher', max: 'higher', maximize: 'higher', maximise: 'higher',
  'higher is better': 'higher', '↑': 'higher', '>=': 'higher', 'höher': 'higher', steigern: 'higher', hausse: 'higher', augmenter: 'higher', aumentar: 'higher', subir: 'higher', mayor: 'higher', maior: 'higher',
  lower: 'lower', low: 'lower', down: 'lower', decrease: 'lower', reduce: 'lower', less: 'lower', min: 'lower', minimize: 'lower', minimise: 'lower',
  'lower is better': 'lower', '↓': 'lower', '<=': 'lower', niedriger: 'lower', senken: 'lower', baisse: 'lower', réduire: 'lower', reduire: 'lower', diminuer: 'lower', reducir: 'lower', disminuir: 'lower', menor: 'lower', diminuir: 'lower',
  range: 'range', maintain: 'range', keep: 'range', band: 'range', between: 'range', stable: 'range', hold: 'range', halten: 'range', maintenir: 'range', mantener: 'range', manter: 'range',
};

/**
 * The KPI direction a `Direction` cell names (`higher`, `lower`, `range`, `up`, `down`, `maintain`, `grow`,
 * `reduce`... in English, German, French, Spanish and Portuguese), or null.
 *
 * @example
 * kpiDirection('reduce') // 'lower'
 */
export function kpiDirection(text: string): KpiDirection | null {
  return DIRECTIONS[text.trim().toLowerCase()] ?? null;
}
