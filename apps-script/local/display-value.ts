import { localeSeparators } from './locale-separators';
import type { StoredValue } from './parse-typed-input';
import { zonedDate } from './zoned-date';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function general(n: number, decimal: string): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const abs = Math.abs(n);
  let text = abs !== 0 && (abs >= 1e15 || abs < 1e-9) ? n.toExponential(5).replace(/\.?0+e/, 'E').replace('E+', 'E+') : String(Number(n.toPrecision(10)));
  text = text.replace('e', 'E');
  return decimal === ',' ? text.replace('.', ',') : text;
}

function groupDigits(int: string, group: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

function formatNumber(n: number, format: string, locale: string): string | null {
  const sep = localeSeparators(locale);
  const group = sep.decimal === ',' ? '.' : ',';
  const sections = format.split(';');
  const section = (n < 0 && sections[1] ? sections[1] : sections[0]) as string;
  const useAbs = n < 0 && sections[1] !== undefined;
  const m = /^(.*?)([#0,]*0)(?:\.(0+|#+))?(%?)(E\+00)?(.*)$/.exec(section);
  if (!m) return null;
  const prefix = (m[1] as string).replace(/"([^"]*)"/g, '$1').replace(/\[\$([^\]-]*)[^\]]*\]/g, '$1').replace(/\\(.)/g, '$1');
  const suffix = (m[6] as string).replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const decimals = (m[3] ?? '').length;
  const percent = m[4] === '%';
  const grouped = (m[2] as string).includes(',');
  let v = useAbs ? Math.abs(n) : n;
  if (percent) v *= 100;
  if (m[5]) {
    const [mant, exp] = v.toExponential(decimals).split('e') as [string, string];
    const e = Number(exp);
    return `${prefix}${mant.replace('.', sep.decimal)}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}${suffix}`;
  }
  const fixed = Math.abs(v).toFixed(decimals);
  let [int, frac] = fixed.split('.') as [string, string | undefined];
  if ((m[3] ?? '').startsWith('#') && frac) frac = frac.replace(/0+$/, '');
  if (grouped) int = groupDigits(int, group);
  const sign = v < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${prefix}${int}${frac ? sep.decimal + frac : ''}${percent ? '%' : ''}${suffix}`;
}

function isDateFormat(format: string): boolean {
  return /[yd]|[hms]|mmm/i.test(format.replace(/"[^"]*"/g, ''));
}

/** Formats a date with a Sheets date/time number format (`yyyy-mm-dd`, `M/d/yyyy H:mm:ss`, `mmm d, yyyy`...). */
function formatDateValue(date: Date, format: string, timeZone: string): string {
  const w = zonedDate(date.getTime(), timeZone);
  const tokens = format.match(/"[^"]*"|\\.|am\/pm|AM\/PM|[yY]+|[mM]+|[dD]+|[hH]+|[sS]+|./g) ?? [];
  const ampm = tokens.some((t) => /am\/pm/i.test(t));
  let out = '';
  tokens.forEach((t, idx) => {
    const lower = t.toLowerCase();
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith('\\')) out += t.slice(1);
    else if (lower === 'am/pm') out += w.hour < 12 ? 'AM' : 'PM';
    else if (lower.startsWith('y')) out += lower.length <= 2 ? String(w.year % 100).padStart(2, '0') : String(w.year);
    else if (lower.startsWith('m')) {
      const prev = tokens.slice(0, idx).reverse().find((x) => /^[a-z]/i.test(x) && !/^[:/\-. ,]/.test(x));
      const next = tokens.slice(idx + 1).find((x) => /^[a-z]/i.test(x));
      const minute = lower.length <= 2 && ((prev && /^h/i.test(prev)) || (next && /^s/i.test(next)));
      if (minute) out += lower.length === 2 ? String(w.minute).padStart(2, '0') : String(w.minute);
      else if (lower.length >= 4) out += MONTHS[w.month - 1];
      else if (lower.length === 3) out += MONTHS[w.month - 1]?.slice(0, 3);
      else out += lower.length === 2 ? String(w.month).padStart(2, '0') : String(w.month);
    } else if (lower.startsWith('d')) {
      if (lower.length >= 4) out += DAYS[w.weekday];
      else if (lower.length === 3) out += DAYS[w.weekday]?.slice(0, 3);
      else out += lower.length === 2 ? String(w.day).padStart(2, '0') : String(w.day);
    } else if (lower.startsWith('h')) {
      const h = ampm ? (w.hour % 12 === 0 ? 12 : w.hour % 12) : w.hour;
      out += lower.length === 2 ? String(h).padStart(2, '0') : String(h);
    } else if (lower.startsWith('s')) out += String(w.second).padStart(2, '0');
    else out += t;
  });
  return out;
}

/** The text Sheets shows for a stored value under a number format (getDisplayValues). */
export function displayValue(value: StoredValue, numberFormat: string | null, timeZone: string, locale: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const decimal = localeSeparators(locale).decimal;
  if (value instanceof Date) {
    const fmt = numberFormat && isDateFormat(numberFormat) ? numberFormat : 'M/d/yyyy H:mm:ss';
    return formatDateValue(value, fmt, timeZone);
  }
  if (!numberFormat || numberFormat === '@' || /^general$/i.test(numberFormat) || numberFormat === '0.###############') return general(value, decimal);
  if (isDateFormat(numberFormat)) {
    const ms = Math.round((value - 25569) * 86400000);
    return formatDateValue(new Date(ms), numberFormat, 'UTC');
  }
  return formatNumber(value, numberFormat, locale) ?? general(value, decimal);
}
