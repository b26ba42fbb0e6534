import type { KpiDirection } from './types';

const DIRECTIONS: Record<string, KpiDirection> = {
  higher: 'higher', high: 'higher', up: 'higher', increase: 'higher', grow: 'higher', growth: 'higher', more: 'higher', max: 'higher', maximum: 'higher', maximize: 'higher', maximise: 'higher',
  'higher is better': 'higher', 'up is good': 'higher', 'up is better': 'higher', 'more is better': 'higher', 'bigger is better': 'higher', 'larger is better': 'higher', 'increase is good': 'higher',
  '↑': 'higher', '⬆': 'higher', '▲': 'higher', '>=': 'higher', 'höher': 'higher', steigern: 'higher', hausse: 'higher', augmenter: 'higher', aumentar: 'higher', subir: 'higher', mayor: 'higher', maior: 'higher',
  lower: 'lower', low: 'lower', down: 'lower', decrease: 'lower', reduce: 'lower', less: 'lower', min: 'lower', minimum: 'lower', minimize: 'lower', minimise: 'lower',
  'lower is better': 'lower', 'down is good': 'lower', 'down is better': 'lower', 'less is better': 'lower', 'smaller is better': 'lower', 'decrease is good': 'lower',
  '↓': 'lower', '⬇': 'lower', '▼': 'lower', '<=': 'lower', niedriger: 'lower', senken: 'lower', baisse: 'lower', réduire: 'lower', reduire: 'lower', diminuer: 'lower', reducir: 'lower', disminuir: 'lower', menor: 'lower', diminuir: 'lower',
  'maior igual': 'higher', 'maior ou igual': 'higher', 'mayor igual': 'higher', 'mayor o igual': 'higher', 'tendencia alta': 'higher', 'tendência alta': 'higher', 'tendencia de alta': 'higher', 'tendência de alta': 'higher', 'tendencia al alza': 'higher',
  'menor igual': 'lower', 'menor ou igual': 'lower', 'menor o igual': 'lower', 'tendencia baixa': 'lower', 'tendência baixa': 'lower', 'tendencia de baixa': 'lower', 'tendência de baixa': 'lower', 'tendencia a la baja': 'lower',
  range: 'range', maintain: 'range', keep: 'range', band: 'range', between: 'range', stable: 'range', hold: 'range', halten: 'range', maintenir: 'range', mantener: 'range', manter: 'range',
};

const SEPARATORS = /[\s_-]+/g;

/**
 * The KPI direction a `Direction` cell names (`higher`, `lower`, `range`, `up`, `down`, `maintain`, `grow`,
 * `reduce`, `up_is_good`, `Lower is better`, `↑`... in English, German, French, Spanish and Portuguese;
 * any case, spaces, `-` or `_`), or null.
 *
 * @example
 * kpiDirection('reduce') // 'lower'
 * kpiDirection('down_is_good') // 'lower'
 * kpiDirection('menor_igual') // 'lower'
 */
export function kpiDirection(text: string): KpiDirection | null {
  const key = text.trim().toLowerCase();
  return DIRECTIONS[key] ?? DIRECTIONS[key.replace(SEPARATORS, ' ').trim()] ?? null;
}
