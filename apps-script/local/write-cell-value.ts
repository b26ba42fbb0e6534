import { fail, type LocalEnv } from './local-env';
import type { CellData } from './model-types';
import { parseTypedInput } from './parse-typed-input';
import { zonedDate } from './zoned-date';

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * Stores `input` in `cell` the way `Range.setValue(s)` does: strings are read
 * like typed text (formulas, numbers, percents, booleans, dates; `'` forces
 * text; a plain-text `@` cell keeps strings as text, except that `=...` still
 * becomes a formula here, deliberately strict), numbers/booleans/Dates stay
 * typed, null/undefined blank the cell.
 */
export function writeCellValue(env: LocalEnv, cell: CellData, input: unknown): void {
  cell.formula = null;
  if (input === null || input === undefined) {
    cell.value = '';
    return;
  }
  if (typeof input === 'string') {
    if (input.length > 50000) throw fail(env, 'Your input contains more than the maximum of 50000 characters in a single cell.');
    if (cell.numberFormat === '@' && !(input.startsWith('=') && input.length > 1)) {
      cell.value = input.startsWith("'") ? input.slice(1) : input;
      return;
    }
    const parsed = parseTypedInput(input, { locale: env.locale, timeZone: env.timeZone, currentYear: zonedDate(env.now().getTime(), env.timeZone).year });
    if (parsed.kind === 'formula') {
      cell.formula = parsed.formula;
      cell.value = '';
      return;
    }
    cell.value = parsed.value;
    if (parsed.numberFormat && (cell.numberFormat === null || cell.numberFormat === '0.###############')) cell.numberFormat = parsed.numberFormat;
    return;
  }
  if (typeof input === 'number') {
    cell.value = Number.isFinite(input) ? input : '#NUM!';
    return;
  }
  if (typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  if (isDate(input)) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw fail(env, 'Invalid argument: value (Invalid Date)');
    cell.value = new Date(ms);
    if (cell.numberFormat === null) {
      const w = zonedDate(ms, env.timeZone);
      cell.numberFormat = w.hour || w.minute || w.second ? 'M/d/yyyy H:mm:ss' : 'M/d/yyyy';
    }
    return;
  }
  if (typeof input === 'bigint') {
    cell.value = Number(input);
    return;
  }
  throw fail(env, `Cannot convert ${Array.isArray(input) ? 'an array' : 'an object'} to a cell value. Pass strings, numbers, booleans or Dates.`);
}
