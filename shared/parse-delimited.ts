/** Rows of a delimited text, with the 1-based line each row starts on. */
export interface DelimitedRows {
  rows: string[][];
  /** 1-based line of the text where each row starts (multi-line cells span several lines). */
  lines: number[];
  /** 1-based lines where a quote was opened and never closed (read as a literal quote). */
  unterminated: number[];
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Splits delimited text into rows of cells as RFC 4180 says: a field starting with `"` is quoted,
 * `""` inside it is one quote, and delimiters and line breaks inside quotes belong to the cell.
 * Line breaks are `\r\n`, `\n` or `\r`. A final line break does not make an empty last row.
 * A quote that is never closed is kept as a literal character (and its line reported) instead
 * of swallowing the rest of the text. Cells are not trimmed.
 *
 * Written by hand rather than with papaparse: it must report each row's line number, and
 * papaparse's types pull Node's globals into the platform-free `shared/` type check.
 *
 * @example
 * parseDelimited('a,"b ""c"""\n1,"x\ny"\n', ',').rows // [['a', 'b "c"'], ['1', 'x\ny']]
 * parseDelimited('a,"b ""c"""\n1,"x\ny"\n', ',').lines // [1, 2]
 */
export function parseDelimited(text: string, delimiter: string): DelimitedRows {
  const rows: string[][] = [];
  const lines: number[] = [];
  const unterminated: number[] = [];
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  let line = 1;
  let i = 0;
  let row: string[] = [];
  let rowLine = 1;
  if (n === 0) return { rows, lines, unterminated };
  while (true) {
    // One field starts at i.
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      const quoted = readQuoted(text, i);
      if (quoted === null) {
        unterminated.push(line);
        const end = fieldEnd(text, i + 1, d);
        value = text.slice(i, end);
        i = end;
      } else {
        value = quoted.value;
        line += quoted.breaks;
        i = quoted.end;
        if (i < n && text.charCodeAt(i) !== d && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) {
          // Text after the closing quote: keep it (lenient, like most spreadsheet apps).
          const end = fieldEnd(text, i, d);
          value += text.slice(i, end);
          i = end;
        }
      }
    } else {
      const end = fieldEnd(text, i, d);
      value = text.slice(i, end);
      i = end;
    }
    row.push(value);
    if (i >= n) {
      rows.push(row);
      lines.push(rowLine);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      continue;
    }
    // A line break ends the row.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    rows.push(row);
    lines.push(rowLine);
    row = [];
    rowLine = line;
    if (i >= n) break;
  }
  return { rows, lines, unterminated };
}

function fieldEnd(text: string, from: number, d: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === d || c === LF || c === CR) return i;
    i++;
  }
  return n;
}

function readQuoted(text: string, start: number): { value: string; end: number; breaks: number } | null {
  let value = '';
  let from = start + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) return null;
    value += text.slice(from, q);
    if (text.charCodeAt(q + 1) === QUOTE) {
      value += '"';
      from = q + 2;
      continue;
    }
    return { value, end: q + 1, breaks: countBreaks(text, start, q) };
  }
}

function countBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  let i = text.indexOf('\n', from);
  if (i >= 0 && i < to) {
    for (; i >= 0 && i < to; i = text.indexOf('\n', i + 1)) breaks++;
  }
  // Lone `\r` line breaks (old Mac text).
  let r = text.indexOf('\r', from);
  for (; r >= 0 && r < to; r = text.indexOf('\r', r + 1)) if (text.charCodeAt(r + 1) !== LF) breaks++;
  return breaks;
}
