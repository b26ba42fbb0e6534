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
  const shown = ctx.displays?.[sheetRow - 1];
  let decimal = options.decimal;
  // Rows of a sheet repeat a few ways of writing values: each way is read once (valueFormat is pure).
  // The memo is a tree walked by the row's texts, then the unit, percent and decimal mark: no key string per row.
  let memo = MEMO.get(ctx);
  if (!memo) MEMO.set(ctx, (memo = { root: {}, size: 0 }));
  let node = memo.root;
  for (const c of columns) {
    if (c < 0) continue;
    const text = writtenText(row[c], shown, c);
    if (text !== null) {
      const next = (node.next ??= new Map()).get(text);
      if (next) node = next;
      else {
        const made: MemoNode = {};
        node.next.set(text, made);
        memo.size++;
        node = made;
      }
    }
    decimal ??= ctx.decimals.get(c);
  }
  const mark = decimal ?? localeDecimal(ctx.locale) ?? undefined;
  const unit = options.unit ?? '';
  let slots = (node.formats ??= new Map()).get(unit);
  if (!slots) node.formats.set(unit, (slots = []));
  const slot = (options.percent ? 3 : 0) + (mark === '.' ? 1 : mark === ',' ? 2 : 0);
  let format = slots[slot];
  if (format === undefined) {
    const texts: string[] = [];
    for (const c of columns) {
      const text = c < 0 ? null : writtenText(row[c], shown, c);
      if (text !== null) texts.push(text);
    }
    format = Object.freeze(valueFormat(texts, { ...options, decimal: mark }));
    slots[slot] = format;
    if (++memo.size >= MEMO_LIMIT) MEMO.delete(ctx);
  }
  // Rows written alike share one frozen format object: no copy per KR or KPI (read-only for everyone).
  return format;
}

/** A text cell as written, a number cell as displayed (when the sheet's display values are known), else null. */
function writtenText(cell: Cell | undefined, shown: readonly Cell[] | undefined, c: number): string | null {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' && shown) return cellText(shown[c] ?? '');
  return null;
}

/** A step of the memo: the formats of the rows whose texts lead here, by unit, then by percent and decimal mark. */
interface MemoNode {
  next?: Map<string, MemoNode>;
  formats?: Map<string, (ValueFormat | undefined)[]>;
}

const MEMO = new WeakMap<SheetContext, { root: MemoNode; size: number }>();
/** Steps and formats kept per sheet before the memo starts again (a sheet whose every row is written differently). */
const MEMO_LIMIT = 16_384;
