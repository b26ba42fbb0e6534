import { canonicalDigits, digitsEvidence } from './read-digits';
import { scanNumber } from './scan-number';

/**
 * How a KR's or KPI's values are written in the sheet, so every face shows them the same way
 * (see formatValue): `72%`, `3.8%`, `$1.5M`, `€1.234,50`, `6 hours`.
 */
export interface ValueFormat {
  /** Values are fractions shown as percent: 0.72 → `72%`. */
  percent?: boolean;
  /** Currency symbol or code as written (`$`, `€`, `USD`), or null. */
  currency?: string | null;
  /** The currency is written after the number (`1.234,50 €`). */
  currencyAfter?: boolean;
  /** Scale suffix: values are shown divided by it (`1500000` → `1.5M`). */
  scale?: ValueScale | null;
  /** Most digits after the decimal mark, as written (default: up to 2, or 1 for percent). */
  decimals?: number;
  /** Fewest digits after the decimal mark, as written (default 0): `1.234,50` keeps its 0. */
  minDecimals?: number;
  /** Words after the number (`hours`, `days`, `leads`), or null. */
  unit?: string | null;
  /** The decimal mark as written; `,` groups thousands with `.` (default `.`, grouping with `,`). */
  decimalMark?: '.' | ',';
  /** Values are days: Sheets serial numbers or ISO dates, shown as dates. */
  date?: boolean;
}

export type ValueScale = 'k' | 'M' | 'B' | 'T';

const SCALE_LETTER: Record<number, ValueScale> = { 1e3: 'k', 1e6: 'M', 1e9: 'B', 1e12: 'T' };
/** An unsigned number with at most two decimals (never read two ways), optionally a percentage. */
const PLAIN = /^\d{1,15}(?:\.(\d{1,2}))?(%)?$/;
const PERCENT_WORD = /^(%|percent|percentage|pct|custom percent|prozent|pourcentage|porcentaje|porcentagem)$/i;

export interface ValueFormatOptions {
  /** The Unit cell as written: `%` or `percent` → percent, `USD`/`$` → currency, else unit words. */
  unit?: string | null;
  /** The engine read the values as fractions (percent mode); a written `%` alone does not decide it. */
  percent?: boolean;
  /** The decimal mark of the column or locale, for digit runs that can be read two ways (`1,234`). */
  decimal?: '.' | ',';
}

/**
 * The format of a KR's or KPI's values from their cells as the sheet shows them (text cells as written,
 * number cells as displayed): currency and its side, scale (`k`, `M`, `B`), digits after the decimal
 * mark, the decimal mark, unit words, and percent when `options.percent` says the values are fractions
 * or a number cell is displayed with `%` (a relative target like `+10%` in text does not make percent).
 * Put the current value's text first: its scale wins a tie. Rows written alike share one (read-only) object.
 *
 * @example
 * valueFormat(['$1.5M', '$2M']) // { currency: '$', scale: 'M', decimals: 1, minDecimals: 0, ... }
 * valueFormat(['3.8%'], { percent: true }) // { percent: true, decimals: 1, minDecimals: 1, ... }
 * valueFormat(['6'], { unit: 'hours' }).unit // 'hours'
 */
export function valueFormat(texts: readonly string[], options: ValueFormatOptions = {}): ValueFormat {
  // A format depends only on how the texts are written, not on their digits: rows written alike share one.
  let key = `${options.unit ?? ''}\u0000${options.percent ? 1 : 0}${options.decimal ?? ''}`;
  for (const text of texts) key += `\u0001${text.replace(DIGITS, '9')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const format = readFormat(texts, options);
  if (cache.size < 5000) cache.set(key, format);
  return format;
}

const DIGITS = /\d/g;
const cache = new Map<string, ValueFormat>();

function readFormat(texts: readonly string[], options: ValueFormatOptions): ValueFormat {
  const unitText = (options.unit ?? '').trim();
  const unitScan = unitText && !PERCENT_WORD.test(unitText) ? scanNumber(`1 ${unitText}`) : null;
  const format: ValueFormat = {
    percent: !!options.percent || PERCENT_WORD.test(unitText),
    currency: unitScan?.currency ?? null,
    currencyAfter: unitScan?.currency ? !/^[$€£¥₹]/.test(unitText) : false,
    scale: null,
    unit: unitText && !PERCENT_WORD.test(unitText) && !unitScan?.currency ? unitText : null,
  };
  const scales = new Map<ValueScale, number>();
  const read: { percent: boolean; scale: ValueScale | null; decimals: number }[] = [];
  for (const raw of texts) {
    const text = raw.trim();
    const plain = PLAIN.exec(text);
    if (plain) {
      // The common case, read without the full scanner: `1500`, `72%`, `3.8%`.
      if (plain[2]) format.percent = true;
      read.push({ percent: !!plain[2], scale: null, decimals: plain[1]?.length ?? 0 });
      continue;
    }
    const scan = text ? scanNumber(text) : null;
    if (!scan) continue;
    if (scan.percent && /^[-+x×]/i.test(text) && !options.percent) continue; // `+10%`: relative to the start
    if (scan.percent) format.percent = true;
    if (scan.currency && !format.currency) {
      format.currency = scan.currency;
      format.currencyAfter = text.indexOf(scan.currency) > text.search(/\d/);
    }
    if (scan.unit && !format.unit && !format.currency) format.unit = scan.unit;
    const evidence = digitsEvidence(scan.digits);
    const mark = evidence === '.' || evidence === ',' ? evidence : (options.decimal ?? format.decimalMark ?? '.');
    if ((evidence === '.' || evidence === ',') && !format.decimalMark) format.decimalMark = evidence;
    const canonical = canonicalDigits(scan.digits, mark) ?? '';
    const dot = canonical.indexOf('.');
    const scale = SCALE_LETTER[scan.scale] ?? null;
    if (scale) scales.set(scale, (scales.get(scale) ?? 0) + 1);
    read.push({ percent: scan.percent, scale, decimals: dot < 0 ? 0 : canonical.length - dot - 1 });
  }
  let best = 0;
  for (const [scale, n] of scales) {
    if (n > best) {
      best = n;
      format.scale = scale;
    }
  }
  if (!format.decimalMark && options.decimal === ',') format.decimalMark = ',';
  // Digits are counted on the values shown the same way: percent points when percent, the scale when scaled.
  const same = read.filter((r) => (!format.percent || r.percent) && r.scale === format.scale);
  if (same.length) {
    format.decimals = Math.max(...same.map((r) => r.decimals));
    format.minDecimals = Math.min(...same.map((r) => r.decimals));
  }
  return format;
}
