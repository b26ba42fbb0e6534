import type { Cell } from './types';
import { cellText } from './cell-text';
import { localeDecimal } from './locale-decimal';
import type { SheetContext } from './sheet-context';
import { valueFormat, type ValueFormat, type ValueFormatOptions } from './value-format';

/**
 * The format of the values in some columns of one data row (valueFormat): a text cell as written, a
 * number cell as the sheet displays it (when readSheet was given `displayValues`), so `72%`, `$1.5M`
 * and `€ 1.234,50` are shown as the sheet shows them. Columns are listed current value first; -1 is none.
 *
 * @example
 * rowValueFormat(ctx, row, 5, [ctx.concepts.current, ctx.concepts.target, ctx.concepts.start], { unit: 'hours' })
 */
export function rowValueFormat(ctx: SheetContext, row: readonly Cell[], sheetRow: number, columns: readonly number[], options: ValueFormatOptions = {}): ValueFormat {
  const texts: string[] = [];
  const shown = ctx.displays?.[sheetRow - 1];
  let decimal = options.decimal;
  for (const c of columns) {
    if (c < 0) continue;
    const cell = row[c];
    if (typeof cell === 'string') texts.push(cell);
    else if (typeof cell === 'number' && shown) texts.push(cellText(shown[c] ?? ''));
    decimal ??= ctx.decimals.get(c);
  }
  return valueFormat(texts, { ...options, decimal: decimal ?? localeDecimal(ctx.locale) ?? undefined });
}
