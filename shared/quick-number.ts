/**
 * One pass over the common shapes of number text, for speed on 100,000-row sheets:
 * an optional sign or `(`, an optional one-character currency (`$ € £ ¥`), digits with `.`, `,`,
 * `'` or space-like group separators, then an optional one-letter scale (`k`, `M`, `B`), `%`,
 * currency, `)` and trailing `-`.
 * Anything else (letters, scale suffixes, codes like `US$`, more than 15 digits) is left to the
 * full reader (`scanNumber` + `readDigits`), which gives the same answers, only slower.
 */
export interface QuickNumber {
  negative: boolean;
  percent: boolean;
  /** Power of ten of a scale suffix: 3 for `k`, 6 for `M` (or `m` after a currency), 9 for `B`; else 0. */
  scale: number;
  /** All digits as one integer (exact: at most 15 digits). */
  mantissa: number;
  /** `int`: no decimal part; `dec`: the last `fraction` digits are decimals; `amb`: one `.` or `,` followed by three digits. */
  mode: 'int' | 'dec' | 'amb';
  /** Number of decimal digits in `dec` mode (3 in `amb` mode when read as a decimal). */
  fraction: number;
  /** The separator of an `amb` run, or the decimal separator proved by a `dec` run. */
  separator: '.' | ',' | null;
  /** What the run proves about the decimal separator (as `digitsEvidence`). */
  evidence: '.' | ',' | 'ambiguous' | null;
  currency: string | null;
}

const DOT = 46;
const COMMA = 44;
const APOSTROPHE = 39;
const SPACE = 32;

function isSpace(c: number): boolean {
  return c === SPACE || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

function isCurrency(c: number): boolean {
  return c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;
}

/**
 * Reads common number text in one pass; `undefined` means "not a common shape, use the full
 * reader", `null` means "not a number".
 *
 * @example
 * quickNumber('-$1,234.50') // { negative: true, mantissa: 123450, mode: 'dec', fraction: 2, ... }
 */
export function quickNumber(text: string): QuickNumber | null | undefined {
  return quickNumberInto(text, { negative: false, percent: false, scale: 0, mantissa: 0, mode: 'int', fraction: 0, separator: null, evidence: null, currency: null });
}

/**
 * `quickNumber` that writes every field of its reading into `out` and returns `out` (or null or
 * undefined, as `quickNumber`), so that a caller reading the result at once allocates nothing per cell.
 */
export function quickNumberInto(text: string, out: QuickNumber): QuickNumber | null | undefined {
  const n = text.length;
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  let negative = false;
  let signs = 0;
  let open = false;
  let currency: string | null = null;
  let c = text.charCodeAt(i);
  if (c === 45 || c === 43 || c === 0x2212) {
    negative = c !== 43;
    signs++;
    c = text.charCodeAt(++i);
  }
  if (c === 40) {
    open = true;
    c = text.charCodeAt(++i);
  }
  if (isCurrency(c)) {
    currency = text[i]!;
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    c = text.charCodeAt(i);
  }
  if (c === 45 || c === 0x2212) {
    negative = true;
    signs++;
    c = text.charCodeAt(++i);
  }
  // Digit run.
  let mantissa = 0;
  let digits = 0;
  let group = 0; // digits since the last separator
  let firstGroup = -1; // digits before the first separator
  let firstDigit = -1;
  let seps = 0;
  let lastKind = 0; // char code of the last separator (space-likes as SPACE)
  let groupKind = 0; // kind of the separators before the last one
  let mixed = false;
  let badGroups = false;
  for (; i < n; i++) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (firstDigit < 0) firstDigit = c - 48;
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      group++;
      continue;
    }
    let kind = 0;
    if (c === DOT || c === COMMA || c === APOSTROPHE) kind = c;
    else if (isSpace(c)) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 48 && next <= 57) || group === 0) break;
      kind = SPACE;
    } else break;
    if (seps === 0) firstGroup = group;
    else {
      // The separator before this one was a group separator: three digits after it.
      if (group !== 3) badGroups = true;
      if (groupKind === 0) groupKind = lastKind;
      else if (groupKind !== lastKind) mixed = true;
    }
    lastKind = kind;
    seps++;
    group = 0;
  }
  if (digits === 0 || digits > 15) return undefined;
  if (seps > 0 && group === 0) return null; // ends with a separator: `5.`
  // Tail.
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  let scale = 0;
  c = text.charCodeAt(i);
  if (c === 107 || c === 75 || c === 77 || c === 66 || ((c === 109 || c === 98) && currency !== null)) {
    // `1.2k`, `3.4M`, `2B`, `$3m`; longer words (`Mio`, `MM`, `days`) go to the full reader.
    const after = text.charCodeAt(i + 1);
    if ((after >= 65 && after <= 90) || (after >= 97 && after <= 122) || after > 127 || after === 46) return undefined;
    scale = c === 107 || c === 75 ? 3 : c === 77 || c === 109 ? 6 : 9;
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  }
  let percent = false;
  if (text.charCodeAt(i) === 37) {
    percent = true;
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  }
  if (isCurrency(text.charCodeAt(i))) {
    const tailCurrency = text[i]!;
    if (currency !== null && currency !== tailCurrency) return null;
    currency = tailCurrency;
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  }
  const close = text.charCodeAt(i) === 41;
  if (close) {
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  }
  if (text.charCodeAt(i) === 45) {
    negative = true;
    signs++;
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  }
  if (i !== n) {
    // A digit, `/` or `:` after the number: two numbers, a date or a time (`70-80%`, `9/30/2026`, `00:01:23`).
    const rest = text.charCodeAt(i);
    return (rest >= 48 && rest <= 57) || rest === 47 || rest === 58 ? null : undefined;
  }
  if (open !== close || signs > 1) return null;
  if (open) negative = true;
  const result = out;
  result.negative = negative;
  result.percent = percent;
  result.scale = scale;
  result.mantissa = mantissa;
  result.mode = 'int';
  result.fraction = 0;
  result.separator = null;
  result.evidence = null;
  result.currency = currency;
  if (seps === 0) return result;
  if (mixed) return null;
  const fraction = group;
  if (seps === 1) {
    if (lastKind === SPACE || lastKind === APOSTROPHE) {
      if (fraction !== 3 || firstGroup < 1 || firstGroup > 3) return null;
      return result;
    }
    result.separator = lastKind === DOT ? '.' : ',';
    if (fraction === 3 && firstGroup >= 1 && firstGroup <= 3 && firstDigit !== 0) {
      result.mode = 'amb';
      result.fraction = 3;
      result.evidence = 'ambiguous';
      return result;
    }
    result.mode = 'dec';
    result.fraction = fraction;
    result.evidence = result.separator;
    return result;
  }
  // Two or more separators: every one before the last is a group separator.
  if (badGroups || firstGroup < 1 || firstGroup > 3) return null;
  if (groupKind === lastKind) {
    // All the same kind: a grouped integer (`1,234,567`, `1.234.567`, `1 234 567`).
    if (fraction !== 3) return null;
    result.evidence = lastKind === COMMA ? '.' : lastKind === DOT ? ',' : null;
    return result;
  }
  if (lastKind !== DOT && lastKind !== COMMA) return null;
  result.mode = 'dec';
  result.fraction = fraction;
  result.separator = lastKind === DOT ? '.' : ',';
  result.evidence = result.separator;
  return result;
}

/**
 * The value of a quick reading; `decimal` decides an ambiguous run (default `.`).
 *
 * @example
 * quickValue(quickNumber('2.546')!, ',') // 2546
 */
export function quickValue(q: QuickNumber, decimal: '.' | ',' | undefined): number {
  const fraction = q.mode === 'dec' ? q.fraction : q.mode === 'amb' && (decimal ?? '.') === q.separator ? 3 : 0;
  const exponent = q.scale - fraction - (q.percent ? 2 : 0);
  const value = exponent >= 0 ? q.mantissa * POWERS[exponent]! : q.mantissa / POWERS[-exponent]!;
  return value === 0 ? 0 : q.negative ? -value : value;
}

const POWERS = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
