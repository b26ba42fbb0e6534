import type { Cell } from '../../shared/types';
import type { ImportColumnKind } from '../commands/import-number-format';

/**
 * How the preview shows one cleaned cell: numbers as the sheet will (percent columns as `41.2%`,
 * currency columns with the symbol), everything else as its text.
 *
 * @example
 * formatPreviewCell(0.412, 'percent', null) // '41.2%'
 */
export function formatPreviewCell(value: Cell | undefined, kind: ImportColumnKind | undefined, currency: string | null | undefined, locale?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number') return String(value);
  const tag = locale || undefined;
  if (kind === 'percent') return `${(value * 100).toLocaleString(tag, { maximumFractionDigits: 2 })}%`;
  const text = value.toLocaleString(tag, { maximumFractionDigits: 6 });
  if (kind === 'currency' && currency) return currency.length === 1 && currency !== '€' ? `${currency}${text}` : `${text} ${currency}`;
  return text;
}
