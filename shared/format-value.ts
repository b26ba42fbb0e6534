import type { ValueFormat } from './value-format';
import { isoDate, SERIAL_EPOCH_OFFSET } from './calendar-day';
import { shortDay } from './short-day';

const SCALE: Record<string, number> = { k: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/**
 * A KR's or KPI's value as the sheet shows it, the one way every face (sidebar, summary tab, popup)
 * writes a value: percent for fractions (`0.72` → `72%`), the currency on its side, the scale
 * (`1500000` → `$1.5M`), the digits after the decimal mark as written, the decimal mark and grouping,
 * and the unit words (`6 hours`). A date (an ISO day, or a serial number when `format.date`) is shown as
 * `Nov 30, 2026`. No value is an en dash.
 *
 * @example
 * formatValue(0.72, { percent: true }) // '72%'
 * formatValue(0.038, { percent: true, decimals: 1 }) // '3.8%'
 * formatValue(1500000, { currency: '$', scale: 'M', decimals: 1 }) // '$1.5M'
 * formatValue(1234.5, { currency: '€', decimalMark: ',', decimals: 2, minDecimals: 2 }) // '€1.234,50'
 * formatValue(6, { unit: 'hours' }) // '6 hours'
 * formatValue('2026-11-30') // 'Nov 30, 2026'
 */
export function formatValue(value: number | string | null | undefined, format: ValueFormat = {}): string {
  if (typeof value === 'string') return shortDay(value, true) ?? value;
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (format.date && Number.isInteger(value)) return shortDay(isoDate(value - SERIAL_EPOCH_OFFSET), true) ?? String(value);
  const scale = format.scale ? (SCALE[format.scale] ?? 1) : 1;
  const shown = format.percent ? value * 100 : value / scale;
  const max = Math.min(10, Math.max(0, format.decimals ?? (format.percent ? 1 : 2)));
  const min = Math.min(max, Math.max(0, format.minDecimals ?? 0));
  const number = groupedNumber(Math.abs(shown), min, max, format.decimalMark ?? '.');
  const negative = shown < 0 && /[1-9]/.test(number) ? '-' : '';
  const suffix = `${format.scale && !format.percent ? format.scale : ''}${format.percent ? '%' : ''}`;
  const currency = format.currency ?? '';
  const spaced = /\p{L}/u.test(currency);
  const before = currency && !format.currencyAfter ? `${currency}${spaced ? ' ' : ''}` : '';
  const after = currency && format.currencyAfter ? ` ${currency}` : '';
  const unit = format.unit ? ` ${format.unit}` : '';
  return `${negative}${before}${number}${suffix}${after}${unit}`;
}

/** `1234.5` with 2..2 digits and `,` as the mark → `1.234,50`. */
function groupedNumber(value: number, min: number, max: number, mark: '.' | ','): string {
  let [int, frac = ''] = value.toFixed(max).split('.') as [string, string?];
  while (frac.length > min && frac.endsWith('0')) frac = frac.slice(0, -1);
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, mark === ',' ? '.' : ',');
  return frac ? `${int}${mark}${frac}` : int;
}
