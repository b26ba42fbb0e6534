/**
 * The parts of a number written as text, before the digits are read: sign, the digit run with
 * its separators, percent, scale suffix, currency and a trailing unit word.
 */
export interface ScannedNumber {
  negative: boolean;
  /** Digits with their separators as written (`.`, `,`, `'`, space), e.g. `1 234,50`. */
  digits: string;
  /** `%` (or `‰`) was written. */
  percent: boolean;
  /** Divisor for `%` / `‰`: 100 or 1000 (1 when `percent` is false). */
  percentDivisor: number;
  /** Multiplier of a scale suffix (`k` → 1000, `M` → 1e6, `B`/`bn` → 1e9), else 1. */
  scale: number;
  /** Currency symbol or code as written (`$`, `US$`, `€`, `EUR`), or null. */
  currency: string | null;
  /** A trailing unit word (`days`, `Mlls`, `leads`), or null. */
  unit: string | null;
}

const CURRENCY_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'NZD', 'CNY', 'RMB', 'HKD', 'SGD', 'INR', 'BRL', 'MXN', 'SEK', 'NOK',
  'DKK', 'ISK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN', 'HRK', 'RSD', 'ZAR', 'TRY', 'RUB', 'UAH', 'KRW', 'TWD', 'THB', 'IDR',
  'MYR', 'PHP', 'VND', 'PKR', 'BDT', 'LKR', 'NGN', 'KES', 'TZS', 'UGX', 'GHS', 'EGP', 'MAD', 'AED', 'SAR', 'QAR', 'KWD',
  'ILS', 'ARS', 'CLP', 'COP', 'PEN', 'UYU', 'Fr.', 'kr', 'kr.', 'Kč', 'zł', 'Rs', 'Rs.', 'Ft', 'lei',
]);

const CUR = String.raw`(?:[A-Z]{1,3}\$|\$|€|£|¥|₹|₩|₽|₺|₪|₫|₱|₦|฿|₴|₸|₵|₡|¢|(?:Fr\.|kr\.?|Kč|zł|Rs\.?|Ft|lei|[A-Z]{3})(?![\p{L}]))`;
const SCALE = String.raw`Tsd|tsd|Mio|mio|Mrd|MM|Mn|mn|Bn|bn|BN|Md|Tn|tn|k|K|M|B|T|m|b`;

/** Sign, parenthesis and currency before the digits. */
const HEAD = new RegExp(String.raw`^([-+]\s*)?(\(\s*)?([-+]\s*)?(${CUR}\s*)?([-+]\s*)?`, 'u');
/** The digit run: digits with `.`, `,`, `'` or single spaces between them, or `.5`. */
const DIGITS = /\d(?:[\d.,']| (?=\d))*|[.,]\d+/y;
/** Scale, percent, currency, parenthesis, trailing minus and a unit word after the digits. */
const TAIL = new RegExp(
  String.raw`^\s*(?:(${SCALE})\.?(?![\p{L}\p{N}]))?\s*([%‰])?\s*(${CUR})?\s*(\))?\s*(-)?\s*([\p{L}°][\p{L}\p{M}./ ²³]{0,40}?)?\s*$`,
  'u',
);
const ODD_CHARS = /[\u00a0\u202f\u2007\u2008\u2009\u200a\u2212\u2012\u2013\u2019\uff05]/;
const ODD_SPACES = /[\u00a0\u202f\u2007\u2008\u2009\u200a]/g;
const ODD_MINUS = /[\u2212\u2012\u2013]/g;

const SCALES: Record<string, number> = {
  k: 1e3, K: 1e3, Tsd: 1e3, tsd: 1e3,
  M: 1e6, MM: 1e6, Mio: 1e6, mio: 1e6, Mn: 1e6, mn: 1e6, m: 1e6,
  B: 1e9, Bn: 1e9, bn: 1e9, BN: 1e9, Mrd: 1e9, Md: 1e9, b: 1e9,
  T: 1e12, Tn: 1e12, tn: 1e12,
};

/**
 * Splits a number written as text into its parts, or returns null when the text is not one
 * number (words before the digits, two numbers, dates, times, ranges, comparators...).
 * The digits are not read here: that needs the decimal separator (see `readDigits`).
 *
 * @example
 * scanNumber('-$11,809.12') // { negative: true, digits: '11,809.12', currency: '$', ... }
 * scanNumber('752,886.79 Mlls') // { digits: '752,886.79', unit: 'Mlls', ... }
 * scanNumber('2026-11-30') // null
 */
export function scanNumber(input: string): ScannedNumber | null {
  if (startsWithWord(input)) return null;
  let text = input;
  if (ODD_CHARS.test(text)) {
    text = text.replace(ODD_SPACES, ' ').replace(ODD_MINUS, '-').replace(/\u2019/g, "'").replace(/\uff05/g, '%');
  }
  text = text.trim();
  if (text.length === 0 || text.length > 80) return null;
  const head = HEAD.exec(text);
  if (head === null) return null;
  let signs = 0;
  let negative = false;
  for (const i of [1, 3, 5]) {
    const s = head[i];
    if (s !== undefined) {
      signs++;
      if (s[0] === '-') negative = true;
    }
  }
  const open = head[2] !== undefined;
  let currency = head[4] === undefined ? null : head[4].trim();
  if (currency !== null && !validCurrency(currency)) return null;
  DIGITS.lastIndex = head[0].length;
  const digits = DIGITS.exec(text);
  if (digits === null) return null;
  const tail = TAIL.exec(text.slice(DIGITS.lastIndex));
  if (tail === null) return null;
  const [, scaleText, percentText, tailCurrency, close, trailingMinus, unitText] = tail;
  if (open !== (close !== undefined)) return null;
  if (trailingMinus !== undefined) {
    // `1,234.50-` is negative; `40000 - Revenue` is a label.
    if (unitText !== undefined) return null;
    signs++;
    negative = true;
  }
  if (signs > 1) return null;
  if (open) negative = true;
  if (tailCurrency !== undefined) {
    if (!validCurrency(tailCurrency) || (currency !== null && currency !== tailCurrency && !sameCurrency(currency, tailCurrency))) return null;
    currency ??= tailCurrency;
  }
  let unit = unitText === undefined ? null : unitText.trim();
  let scale = 1;
  if (scaleText !== undefined) {
    if ((scaleText === 'm' || scaleText === 'b') && currency === null) {
      // `45 m` is metres or minutes; `$3m` is three million.
      unit = unit === null ? scaleText : `${scaleText} ${unit}`;
    } else scale = SCALES[scaleText] ?? 1;
  }
  const percent = percentText !== undefined;
  return {
    negative,
    digits: digits[0],
    percent,
    percentDivisor: percentText === '‰' ? 1000 : percent ? 100 : 1,
    scale,
    currency,
    unit: unit === '' ? null : unit,
  };
}

function validCurrency(text: string): boolean {
  if (text.endsWith('$')) return text.length === 1 || /^(US|A|AU|C|CA|NZ|HK|S|R|MX|NT|Z|N|RD|TT|J|B|E)\$$/.test(text);
  if (text.length === 1) return true;
  return CURRENCY_CODES.has(text);
}

function sameCurrency(a: string, b: string): boolean {
  return (a.endsWith('$') && b === 'USD') || (a === '€' && b === 'EUR') || (a === '£' && b === 'GBP');
}

/** Four or more letters first: no currency prefix is that long, so this is text (a fast reject). */
function startsWithWord(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length && letters < 4; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) letters++;
    else return false;
  }
  return letters >= 4;
}
