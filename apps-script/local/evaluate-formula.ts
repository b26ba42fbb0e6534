import { tokenizeFormula, type FormulaToken, type RefToken } from './tokenize-formula';

/** A blank cell is null; errors are `{ error: '#DIV/0!' }`. */
export type Scalar = number | string | boolean | null | { error: string };
export type FormulaValue = Scalar | Scalar[][];

export interface FormulaEnvironment {
  /** The sheet the formula lives on (for unqualified references). */
  sheet: string;
  /** Cell lookup; dates come back as serial numbers. Throws FormulaUnsupported for unknown sheets. */
  cell(sheet: string, row: number, column: number): Scalar;
  /** Bounds of a sheet for whole-column/row references. */
  size(sheet: string): { rows: number; columns: number } | null;
  /** Custom functions by upper-case name (args: scalar or 2-D array). */
  functions: Record<string, (...args: unknown[]) => unknown>;
  /** The stored value for custom-function arguments (Dates stay Dates, blank is ''). */
  rawCell?(sheet: string, row: number, column: number): unknown;
  /** Today's serial number in the spreadsheet time zone, and now's (for TODAY() / NOW()). */
  today?(): number;
  now?(): number;
  /** Moves relative references (conditional formats evaluated away from the range's top-left). */
  offset?: { rows: number; columns: number };
  /** The cell holding the formula (for ROW() / COLUMN()). */
  row: number;
  column: number;
}

/** Thrown when a formula uses something this evaluator does not know. */
export class FormulaUnsupported extends Error {}

class FormulaParseError extends Error {}

const err = (code: string): Scalar => ({ error: code });
const isErr = (v: unknown): v is { error: string } => typeof v === 'object' && v !== null && !Array.isArray(v) && 'error' in v;

type Node =
  | { k: 'lit'; v: Scalar }
  | { k: 'ref'; ref: RefToken }
  | { k: 'un'; op: string; a: Node }
  | { k: 'pct'; a: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'call'; name: string; args: Node[] };

function parse(tokens: FormulaToken[]): Node {
  const ts = tokens.filter((t) => t.type !== 'space');
  let i = 0;
  const peek = () => ts[i];
  const next = () => ts[i++];
  const PREC: Record<string, number> = { '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4, '^': 5 };
  function primary(): Node {
    const t = next();
    if (!t) throw new FormulaParseError('unexpected end');
    if (t.type === 'op' && (t.text === '-' || t.text === '+')) return { k: 'un', op: t.text, a: postfix(primary()) };
    if (t.type === 'number') return { k: 'lit', v: t.value };
    if (t.type === 'string') return { k: 'lit', v: t.value };
    if (t.type === 'bool') return { k: 'lit', v: t.value };
    if (t.type === 'error') return { k: 'lit', v: err(t.text) };
    if (t.type === 'ref') return { k: 'ref', ref: t };
    if (t.type === 'name') return { k: 'lit', v: err('#NAME?') };
    if (t.type === 'paren' && t.text === '(') {
      const e = expr(0);
      const close = next();
      if (!close || close.type !== 'paren' || close.text !== ')') throw new FormulaParseError('missing )');
      return e;
    }
    if (t.type === 'func') {
      const open = next();
      if (!open || open.type !== 'paren') throw new FormulaParseError('bad call');
      const args: Node[] = [];
      const p = peek();
      if (p && p.type === 'paren' && p.text === ')') {
        next();
        return { k: 'call', name: t.name, args };
      }
      for (;;) {
        args.push(expr(0));
        const sep = next();
        if (!sep) throw new FormulaParseError('missing )');
        if (sep.type === 'paren' && sep.text === ')') break;
        if (sep.type !== 'comma') throw new FormulaParseError('bad args');
      }
      return { k: 'call', name: t.name, args };
    }
    throw new FormulaParseError(`unexpected ${t.text}`);
  }
  function postfix(n: Node): Node {
    let node = n;
    while (peek()?.type === 'op' && peek()?.text === '%') {
      next();
      node = { k: 'pct', a: node };
    }
    return node;
  }
  function expr(min: number): Node {
    let left = postfix(primary());
    for (;;) {
      const t = peek();
      if (!t || t.type !== 'op') break;
      const p = PREC[t.text];
      if (p === undefined || p < min) break;
      next();
      const right = expr(p + 1); // all left-associative in Sheets, ^ included (2^3^2 = 64)
      left = { k: 'bin', op: t.text, a: left, b: right };
    }
    return left;
  }
  const root = expr(0);
  if (i < ts.length) throw new FormulaParseError('trailing tokens');
  return root;
}

function toNumber(v: Scalar): number | { error: string } {
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isErr(v)) return v;
  const n = Number(v.trim());
  return v.trim() !== '' && Number.isFinite(n) ? n : { error: '#VALUE!' };
}

function toText(v: Scalar): string | { error: string } {
  if (v === null) return '';
  if (isErr(v)) return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  return v;
}

function typeRank(v: Scalar): number {
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
}

function compare(op: string, a: Scalar, b: Scalar): Scalar {
  if (isErr(a)) return a;
  if (isErr(b)) return b;
  // Blank takes the other side's type (blank = 0, blank = "", blank = FALSE).
  const x = a === null ? (typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0) : a;
  const y = b === null ? (typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0) : b;
  let c: number;
  if (typeRank(x) !== typeRank(y)) c = typeRank(x) - typeRank(y);
  else if (typeof x === 'string' && typeof y === 'string') {
    const l = x.toLowerCase();
    const r = y.toLowerCase();
    c = l < r ? -1 : l > r ? 1 : 0;
  } else c = Number(x) - Number(y);
  switch (op) {
    case '=':
      return c === 0;
    case '<>':
      return c !== 0;
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}

function flatten(v: FormulaValue): Scalar[] {
  return Array.isArray(v) ? v.flat() : [v];
}

function scalarOf(v: FormulaValue): Scalar {
  if (!Array.isArray(v)) return v;
  if (v.length === 1 && v[0]?.length === 1) return v[0][0] ?? null;
  return err('#VALUE!');
}

function truthy(v: Scalar): boolean | { error: string } {
  if (isErr(v)) return v;
  if (typeof v === 'string') {
    if (v.toUpperCase() === 'TRUE') return true;
    if (v.toUpperCase() === 'FALSE' || v === '') return false;
    return { error: '#VALUE!' };
  }
  return Boolean(v);
}

function numbersOf(args: FormulaValue[]): number[] {
  const out: number[] = [];
  for (const a of args) {
    if (Array.isArray(a)) for (const v of a.flat()) {
      if (typeof v === 'number') out.push(v);
    }
    else {
      const n = toNumber(a);
      if (typeof n === 'number') out.push(n);
    }
  }
  return out;
}

function run(node: Node, env: FormulaEnvironment): FormulaValue {
  switch (node.k) {
    case 'lit':
      return node.v;
    case 'ref':
      return readRef(node.ref, env);
    case 'un': {
      const v = toNumber(scalarOf(run(node.a, env)));
      if (isErr(v)) return v;
      return node.op === '-' ? -v : v;
    }
    case 'pct': {
      const v = toNumber(scalarOf(run(node.a, env)));
      return isErr(v) ? v : v / 100;
    }
    case 'bin': {
      const a = scalarOf(run(node.a, env));
      const b = scalarOf(run(node.b, env));
      if (['=', '<>', '<', '>', '<=', '>='].includes(node.op)) return compare(node.op, a, b);
      if (node.op === '&') {
        const x = toText(a);
        const y = toText(b);
        if (isErr(x)) return x;
        if (isErr(y)) return y;
        return x + y;
      }
      const x = toNumber(a);
      const y = toNumber(b);
      if (isErr(x)) return x;
      if (isErr(y)) return y;
      if (node.op === '+') return x + y;
      if (node.op === '-') return x - y;
      if (node.op === '*') return x * y;
      if (node.op === '^') return x ** y;
      return y === 0 ? err('#DIV/0!') : x / y;
    }
    case 'call':
      return call(node.name, node.args, env);
  }
}

/** The reference with the environment's offset applied to its relative parts. */
function placed(ref: RefToken, env: FormulaEnvironment): RefToken {
  const o = env.offset;
  if (!o || (o.rows === 0 && o.columns === 0)) return ref;
  return {
    ...ref,
    row1: ref.row1 === null || ref.absRow1 ? ref.row1 : ref.row1 + o.rows,
    row2: ref.row2 === null || ref.absRow2 ? ref.row2 : ref.row2 + o.rows,
    col1: ref.col1 === null || ref.absCol1 ? ref.col1 : ref.col1 + o.columns,
    col2: ref.col2 === null || ref.absCol2 ? ref.col2 : ref.col2 + o.columns,
  };
}

function readRef(original: RefToken, env: FormulaEnvironment): FormulaValue {
  const ref = placed(original, env);
  if ((ref.row1 ?? 1) < 1 || (ref.col1 ?? 1) < 1) return err('#REF!');
  const sheet = ref.sheet ?? env.sheet;
  const size = env.size(sheet);
  if (!size) return err('#REF!');
  const r1 = ref.row1 ?? 1;
  const r2 = ref.row2 ?? size.rows;
  const c1 = ref.col1 ?? 1;
  const c2 = ref.col2 ?? size.columns;
  if (!ref.isRange) return env.cell(sheet, r1, c1);
  const rows: Scalar[][] = [];
  for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) {
    const row: Scalar[] = [];
    for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) row.push(env.cell(sheet, r, c));
    rows.push(row);
  }
  return rows;
}

function call(name: string, argNodes: Node[], env: FormulaEnvironment): FormulaValue {
  const lazy = (i: number): FormulaValue => {
    const n = argNodes[i];
    if (!n) throw new FormulaUnsupported(`${name}: missing argument`);
    return run(n, env);
  };
  const s = (i: number): Scalar => scalarOf(lazy(i));
  switch (name) {
    case 'IF': {
      const c = truthy(s(0));
      if (isErr(c)) return c;
      if (c) return argNodes.length > 1 ? lazy(1) : true;
      return argNodes.length > 2 ? lazy(2) : false;
    }
    case 'IFERROR': {
      const v = lazy(0);
      return isErr(v) ? (argNodes.length > 1 ? lazy(1) : '') : v;
    }
    case 'AND':
    case 'OR': {
      const vals = argNodes.flatMap((_, i) => flatten(lazy(i))).filter((v) => v !== null);
      const bools: boolean[] = [];
      for (const v of vals) {
        const t = truthy(v);
        if (isErr(t)) return t;
        bools.push(t);
      }
      return name === 'AND' ? bools.every(Boolean) : bools.some(Boolean);
    }
    case 'NOT': {
      const t = truthy(s(0));
      return isErr(t) ? t : !t;
    }
    case 'EXACT': {
      const a = toText(s(0));
      const b = toText(s(1));
      if (isErr(a)) return a;
      if (isErr(b)) return b;
      return a === b;
    }
    case 'LOWER':
    case 'UPPER':
    case 'TRIM': {
      const a = toText(s(0));
      if (isErr(a)) return a;
      return name === 'LOWER' ? a.toLowerCase() : name === 'UPPER' ? a.toUpperCase() : a.trim().replace(/\s+/g, ' ');
    }
    case 'LEN': {
      const a = toText(s(0));
      return isErr(a) ? a : a.length;
    }
    case 'ISBLANK':
      return s(0) === null;
    case 'ISNUMBER':
      return typeof s(0) === 'number';
    case 'ISTEXT':
      return typeof s(0) === 'string';
    case 'ISERROR':
      return isErr(s(0));
    case 'CONCATENATE':
    case 'CONCAT': {
      let out = '';
      for (let i = 0; i < argNodes.length; i++) {
        for (const v of flatten(lazy(i))) {
          const t = toText(v);
          if (isErr(t)) return t;
          out += t;
        }
      }
      return out;
    }
    case 'SEARCH':
    case 'FIND': {
      const needle = toText(s(0));
      const hay = toText(s(1));
      if (isErr(needle)) return needle;
      if (isErr(hay)) return hay;
      const idx = name === 'SEARCH' ? hay.toLowerCase().indexOf(needle.toLowerCase()) : hay.indexOf(needle);
      return idx < 0 ? err('#VALUE!') : idx + 1;
    }
    case 'SUM':
    case 'MIN':
    case 'MAX':
    case 'AVERAGE':
    case 'COUNT': {
      const nums = numbersOf(argNodes.map((_, i) => lazy(i)));
      if (name === 'SUM') return nums.reduce((a, b) => a + b, 0);
      if (name === 'COUNT') return nums.length;
      if (name === 'AVERAGE') return nums.length ? nums.reduce((a, b) => a + b, 0) / nums.length : err('#DIV/0!');
      if (!nums.length) return 0;
      return name === 'MIN' ? Math.min(...nums) : Math.max(...nums);
    }
    case 'COUNTA':
      return argNodes.flatMap((_, i) => flatten(lazy(i))).filter((v) => v !== null && v !== '').length;
    case 'ABS':
    case 'ROUND': {
      const v = toNumber(s(0));
      if (isErr(v)) return v;
      if (name === 'ABS') return Math.abs(v);
      const digits = argNodes.length > 1 ? toNumber(s(1)) : 0;
      if (isErr(digits)) return digits;
      const f = 10 ** digits;
      return Math.round(v * f) / f;
    }
    case 'TODAY':
    case 'NOW': {
      const f = name === 'TODAY' ? env.today : env.now;
      if (!f) throw new FormulaUnsupported(name);
      return f();
    }
    case 'ROW':
      return argNodes.length === 0 ? env.row : argRefIndex(argNodes[0], 'row', env);
    case 'COLUMN':
      return argNodes.length === 0 ? env.column : argRefIndex(argNodes[0], 'column', env);
    default: {
      const fn = env.functions[name];
      if (!fn) throw new FormulaUnsupported(`unknown function ${name}`);
      const args = argNodes.map((node, i) => {
        if (node.k === 'ref' && env.rawCell) return readRaw(node.ref, env);
        const v = lazy(i);
        return Array.isArray(v) ? v.map((r) => r.map(plain)) : plain(v);
      });
      try {
        return fromJs(fn(...args));
      } catch {
        return err('#ERROR!');
      }
    }
  }
}

function readRaw(original: RefToken, env: FormulaEnvironment): unknown {
  const ref = placed(original, env);
  const sheet = ref.sheet ?? env.sheet;
  const size = env.size(sheet);
  const raw = env.rawCell as NonNullable<FormulaEnvironment['rawCell']>;
  if (!size) return '#REF!';
  if (!ref.isRange) return raw(sheet, ref.row1 ?? 1, ref.col1 ?? 1);
  const r1 = ref.row1 ?? 1;
  const r2 = ref.row2 ?? size.rows;
  const c1 = ref.col1 ?? 1;
  const c2 = ref.col2 ?? size.columns;
  const rows: unknown[][] = [];
  for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) {
    const row: unknown[] = [];
    for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) row.push(raw(sheet, r, c));
    rows.push(row);
  }
  return rows;
}

function argRefIndex(node: Node | undefined, which: 'row' | 'column', env: FormulaEnvironment): Scalar {
  if (!node || node.k !== 'ref') throw new FormulaUnsupported('ROW/COLUMN need a reference');
  const ref = placed(node.ref, env);
  const v = which === 'row' ? ref.row1 : ref.col1;
  if (v === null) throw new FormulaUnsupported('ROW/COLUMN of a whole column/row');
  return v;
}

function plain(v: Scalar): unknown {
  if (v === null) return '';
  if (isErr(v)) return v.error;
  return v;
}

function fromJs(v: unknown): FormulaValue {
  if (Array.isArray(v)) {
    const first = Array.isArray(v[0]) ? (v[0] as unknown[])[0] : v[0];
    return fromJs(first);
  }
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (Object.prototype.toString.call(v) === '[object Date]') throw new FormulaUnsupported('date result');
  return String(v);
}

/**
 * Evaluates a formula against the environment. Returns the value (errors as
 * `{ error }`); throws FormulaUnsupported when the formula uses anything this
 * small evaluator does not implement (callers then report '' as its value).
 */
export function evaluateFormula(formula: string, env: FormulaEnvironment): FormulaValue {
  let ast = parsed.get(formula);
  if (ast === undefined) {
    try {
      ast = parse(tokenizeFormula(formula));
    } catch (e) {
      if (!(e instanceof FormulaParseError) && !(e instanceof Error && /^Formula parse error/.test(e.message))) throw e;
      ast = null;
    }
    if (parsed.size > 5000) parsed.clear();
    parsed.set(formula, ast);
  }
  return ast === null ? err('#ERROR!') : run(ast, env);
}

/** Parsed formulas by text (null: does not parse). */
const parsed = new Map<string, Node | null>();
