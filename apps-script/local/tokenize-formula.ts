import { columnLetter, columnNumber } from './a1-notation';

/** One cell or range reference inside a formula, e.g. `$F2`, `'Q1'!A1:B3`, `F:F`. */
export interface RefToken {
  type: 'ref';
  text: string;
  sheet: string | null;
  /** Column of the first corner (null for whole-row refs). */
  col1: number | null;
  row1: number | null;
  absCol1: boolean;
  absRow1: boolean;
  col2: number | null;
  row2: number | null;
  absCol2: boolean;
  absRow2: boolean;
  isRange: boolean;
}

export type FormulaToken =
  | RefToken
  | { type: 'number'; text: string; value: number }
  | { type: 'string'; text: string; value: string }
  | { type: 'bool'; text: string; value: boolean }
  | { type: 'func'; text: string; name: string }
  | { type: 'name'; text: string }
  | { type: 'op'; text: string }
  | { type: 'paren'; text: '(' | ')' }
  | { type: 'comma'; text: string }
  | { type: 'error'; text: string }
  | { type: 'space'; text: string };

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)/;
const COL = /^(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(])/;
const ROW = /^(\$?)([0-9]+)/;

interface Corner {
  col: number | null;
  row: number | null;
  absCol: boolean;
  absRow: boolean;
  length: number;
}

function corner(src: string, allowColumnOnly: boolean, allowRowOnly: boolean): Corner | null {
  const c = CELL.exec(src);
  if (c && !/^[A-Za-z0-9_(]/.test(src.slice(c[0].length))) {
    return { col: columnNumber(c[2] as string), row: Number(c[4]), absCol: c[1] === '$', absRow: c[3] === '$', length: c[0].length };
  }
  if (allowColumnOnly) {
    const k = COL.exec(src);
    if (k) return { col: columnNumber(k[2] as string), row: null, absCol: k[1] === '$', absRow: false, length: k[0].length };
  }
  if (allowRowOnly) {
    const r = ROW.exec(src);
    if (r) return { col: null, row: Number(r[2]), absCol: false, absRow: r[1] === '$', length: r[0].length };
  }
  return null;
}

/** Reads a reference at the start of `src` (after an optional sheet prefix). */
function readRef(src: string, sheet: string | null, prefixLength: number): RefToken | null {
  const body = src.slice(prefixLength);
  const first = corner(body, true, true);
  if (!first) return null;
  const afterFirst = body.slice(first.length);
  if (afterFirst.startsWith(':')) {
    const second = corner(afterFirst.slice(1), first.row === null || true, first.col === null);
    if (second && (first.col === null) === (second.col === null)) {
      const length = prefixLength + first.length + 1 + second.length;
      return {
        type: 'ref',
        text: src.slice(0, length),
        sheet,
        col1: first.col,
        row1: first.row,
        absCol1: first.absCol,
        absRow1: first.absRow,
        col2: second.col,
        row2: second.row,
        absCol2: second.absCol,
        absRow2: second.absRow,
        isRange: true,
      };
    }
  }
  if (first.col === null || first.row === null) return null;
  return {
    type: 'ref',
    text: src.slice(0, prefixLength + first.length),
    sheet,
    col1: first.col,
    row1: first.row,
    absCol1: first.absCol,
    absRow1: first.absRow,
    col2: first.col,
    row2: first.row,
    absCol2: first.absCol,
    absRow2: first.absRow,
    isRange: false,
  };
}

/** Splits formula text (with or without the leading `=`) into tokens; text round-trips. */
export function tokenizeFormula(formula: string): FormulaToken[] {
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  const out: FormulaToken[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = rest[0] as string;
    if (/\s/.test(ch)) {
      const m = /^\s+/.exec(rest) as RegExpExecArray;
      out.push({ type: 'space', text: m[0] });
      i += m[0].length;
      continue;
    }
    if (ch === '"') {
      let j = 1;
      let value = '';
      while (j < rest.length) {
        if (rest[j] === '"') {
          if (rest[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += rest[j];
        j += 1;
      }
      out.push({ type: 'string', text: rest.slice(0, j + 1), value });
      i += j + 1;
      continue;
    }
    if (ch === "'") {
      const m = /^'((?:[^']|'')+)'!/.exec(rest);
      if (m) {
        const ref = readRef(rest, (m[1] as string).replace(/''/g, "'"), m[0].length);
        if (ref) {
          out.push(ref);
          i += ref.text.length;
          continue;
        }
      }
      throw new Error(`Formula parse error near ${rest}`);
    }
    const sheetPrefix = /^([A-Za-z_][A-Za-z0-9_.]*)!/.exec(rest);
    if (sheetPrefix) {
      const ref = readRef(rest, sheetPrefix[1] as string, sheetPrefix[0].length);
      if (ref) {
        out.push(ref);
        i += ref.text.length;
        continue;
      }
    }
    if (ch === '#') {
      const m = /^#(?:N\/A|REF!|NAME\?|DIV\/0!|VALUE!|NUM!|NULL!|ERROR!)/.exec(rest);
      if (m) {
        out.push({ type: 'error', text: m[0] });
        i += m[0].length;
        continue;
      }
    }
    const num = /^(\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(rest);
    if (num && !/^\d+:/.test(rest)) {
      out.push({ type: 'number', text: num[0], value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (/^[A-Za-z$0-9]/.test(ch)) {
      const ref = readRef(rest, null, 0);
      if (ref && !/^[A-Za-z]/.test(rest.slice(ref.text.length))) {
        out.push(ref);
        i += ref.text.length;
        continue;
      }
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (word) {
      const after = rest.slice(word[0].length);
      if (/^\s*\(/.test(after)) out.push({ type: 'func', text: word[0], name: word[0].toUpperCase() });
      else if (/^(TRUE|FALSE)$/i.test(word[0])) out.push({ type: 'bool', text: word[0], value: word[0].toUpperCase() === 'TRUE' });
      else out.push({ type: 'name', text: word[0] });
      i += word[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/^&=<>%])/.exec(rest);
    if (op) {
      out.push({ type: 'op', text: op[0] });
      i += op[0].length;
      continue;
    }
    if (ch === '(' || ch === ')') {
      out.push({ type: 'paren', text: ch });
      i += 1;
      continue;
    }
    if (ch === ',') {
      out.push({ type: 'comma', text: ch });
      i += 1;
      continue;
    }
    throw new Error(`Formula parse error near ${rest}`);
  }
  return out;
}

function sheetPrefixText(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

function cornerText(col: number | null, row: number | null, absCol: boolean, absRow: boolean): string {
  return `${col === null ? '' : `${absCol ? '$' : ''}${columnLetter(col)}`}${row === null ? '' : `${absRow ? '$' : ''}${row}`}`;
}

/** Writes a reference token back as text. */
export function refText(ref: RefToken): string {
  if ((ref.col1 !== null && ref.col1 < 1) || (ref.row1 !== null && ref.row1 < 1)) return '#REF!';
  const prefix = ref.sheet === null ? '' : sheetPrefixText(ref.sheet);
  const first = cornerText(ref.col1, ref.row1, ref.absCol1, ref.absRow1);
  if (!ref.isRange) return prefix + first;
  return `${prefix}${first}:${cornerText(ref.col2, ref.row2, ref.absCol2, ref.absRow2)}`;
}

/** Rebuilds formula text (with `=`) from tokens. */
export function formulaText(tokens: FormulaToken[]): string {
  return `=${tokens.map((t) => (t.type === 'ref' ? refText(t) : t.text)).join('')}`;
}
