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
  const mark = decimal ?? localeDecimal(ctx.locale) ?? undefined;
  // Rows of a sheet repeat a few ways of writing values: each way is read once (valueFormat is pure).
  let memo = MEMO.get(ctx);
  if (!memo) MEMO.set(ctx, (memo = new Map()));
  const key = `${options.unit ?? ''}\u0001${options.percent ? 1 : 0}${mark ?? ''}\u0001${texts.length === 1 ? texts[0] : texts.join('\u0001')}`;
  let format = memo.get(key);
  if (format === undefined) {
    format = valueFormat(texts, { ...options, decimal: mark });
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, format);
  }
  // A copy: every KR or KPI owns its format object, as when each was read on its own.
  return { ...format };
}

const MEMO = new WeakMap<SheetContext, Map<string, ValueFormat>>();
const MEMO_LIMIT = 4096;
