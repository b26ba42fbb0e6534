import { formatValue } from './format-value';
import type { ValueFormat } from './value-format';

/**
 * A KR's or KPI's target as every face shows it (formatValue): the target value, or its band when it
 * has one (`70%–80%`, `≥ 80%`, `≤ 2%`); an en dash when there is neither.
 *
 * @example
 * formatTarget({ target: 0.75, format: { percent: true } }) // '75%'
 * formatTarget({ target: null, low: 0.7, high: 0.8, format: { percent: true } }) // '70%–80%'
 */
export function formatTarget(item: { target: number | null; low?: number | null; high?: number | null; format?: ValueFormat }): string {
  const { low, high, format } = item;
  if (item.target !== null) return formatValue(item.target, format);
  if (low != null && high != null) return `${formatValue(low, format)}–${formatValue(high, format)}`;
  if (low != null) return `≥ ${formatValue(low, format)}`;
  if (high != null) return `≤ ${formatValue(high, format)}`;
  return '–';
}
