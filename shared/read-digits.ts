/** What a digit run says about the decimal separator: `.` or `,` when it can be read only one way. */
export type DigitsEvidence = '.' | ',' | 'ambiguous' | null;

const PLAIN = /^\d+$/;
const GROUPED_SPACE = /^\d{1,3}(?: \d{3})+$/;
const GROUPED_APOSTROPHE = /^\d{1,3}(?:'\d{3})+$/;
const GROUPED_DOT = /^\d{1,3}(?:\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})+$/;

interface Split {
  /** Integer digits only. */
  int: string;
  /** Fraction digits, or '' when none. */
  frac: string;
  evidence: DigitsEvidence;
}

/**
 * Reads a run of digits with separators (`1,234.50`, `1.234,50`, `1 234,50`, `1'234.50`, `1,5`, `.5`)
 * as a number, or null when the separators do not form one number (`40.0.2214.111`, `1,2,3`, `12 34`).
 * `decimal` decides only the ambiguous case of one separator followed by exactly three digits
 * (`1,234`, `2.546`); its default is `.`. A run that can be read only one way is read that way.
 *
 * @example
 * readDigits('1.234,56') // 1234.56
 * readDigits('1,234') // 1234
 * readDigits('1,234', ',') // 1.234
 * readDigits('2.546', ',') // 2546
 * readDigits('1,15') // 1.15
 */
export function readDigits(digits: string, decimal?: '.' | ','): number | null {
  const text = canonicalDigits(digits, decimal);
  if (text === null) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/**
 * The digit run rewritten as plain JavaScript number text (`1.234,56` → `1234.56`), or null;
 * same rules as `readDigits`. Lets callers shift the decimal point exactly (`e-2` for `%`).
 */
export function canonicalDigits(digits: string, decimal?: '.' | ','): string | null {
  const split = splitDigits(digits, decimal ?? '.');
  if (split === null) return null;
  return split.frac === '' ? split.int : `${split.int}.${split.frac}`;
}

/**
 * What a digit run says about the decimal separator: `.` for `1,234.56`, `0.5` or `1,234,567`;
 * `,` for `1.234,56`, `1,15` or `1.234.567`; `ambiguous` for `1,234` or `2.546`; null when it says
 * nothing (`1234`, `1 234`) or is not a number.
 *
 * @example
 * digitsEvidence('99,88') // ','
 * digitsEvidence('2.546') // 'ambiguous'
 */
export function digitsEvidence(digits: string): DigitsEvidence {
  const split = splitDigits(digits, '.');
  return split === null ? null : split.evidence;
}

function splitDigits(d: string, decimal: '.' | ','): Split | null {
  if (PLAIN.test(d)) return { int: d, frac: '', evidence: null };
  const last = d.charCodeAt(d.length - 1);
  if (last < 48 || last > 57) return null;
  const hasSpace = d.includes(' ');
  const hasApostrophe = d.includes("'");
  if (hasSpace || hasApostrophe) {
    if (hasSpace && hasApostrophe) return null;
    const sep = d.search(/[.,]/);
    const intPart = sep < 0 ? d : d.slice(0, sep);
    const fracPart = sep < 0 ? '' : d.slice(sep + 1);
    if (!(hasSpace ? GROUPED_SPACE : GROUPED_APOSTROPHE).test(intPart)) return null;
    if (sep >= 0 && !PLAIN.test(fracPart)) return null;
    const int = intPart.replace(hasSpace ? / /g : /'/g, '');
    return { int, frac: fracPart, evidence: sep < 0 ? null : (d[sep] as '.' | ',') };
  }
  const lastDot = d.lastIndexOf('.');
  const lastComma = d.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const dec = lastDot > lastComma ? '.' : ',';
    const at = Math.max(lastDot, lastComma);
    const intPart = d.slice(0, at);
    const frac = d.slice(at + 1);
    if (!(dec === '.' ? GROUPED_COMMA : GROUPED_DOT).test(intPart) || !PLAIN.test(frac)) return null;
    return { int: intPart.replace(dec === '.' ? /,/g : /\./g, ''), frac, evidence: dec };
  }
  const sep = lastDot >= 0 ? '.' : ',';
  const first = d.indexOf(sep);
  const at = sep === '.' ? lastDot : lastComma;
  if (first !== at) {
    // Two or more of one separator: only thousands grouping is a number (`1,234,567`, `1.234.567`).
    if (!(sep === '.' ? GROUPED_DOT : GROUPED_COMMA).test(d)) return null;
    return { int: d.split(sep).join(''), frac: '', evidence: sep === '.' ? ',' : '.' };
  }
  const intPart = d.slice(0, at);
  const frac = d.slice(at + 1);
  if (!PLAIN.test(frac) || (intPart !== '' && !PLAIN.test(intPart))) return null;
  const ambiguous = frac.length === 3 && intPart.length >= 1 && intPart.length <= 3 && intPart[0] !== '0';
  if (!ambiguous) return { int: intPart === '' ? '0' : intPart, frac, evidence: sep };
  return decimal === sep
    ? { int: intPart, frac, evidence: 'ambiguous' }
    : { int: intPart + frac, frac: '', evidence: 'ambiguous' };
}
