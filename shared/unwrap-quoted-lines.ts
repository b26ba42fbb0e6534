import { detectDelimiter, type Delimiter } from './detect-delimiter';
import { parseDelimited, type DelimitedRows } from './parse-delimited';

/**
 * A file whose every line is wrapped whole in one pair of quotes (`"O1,Improve release,Emily"`) parses
 * as one column holding the delimiters: read the cells again as delimited lines, keeping each row's
 * line in the original text. Null when the rows are not like that (a real one-column paste, or one
 * comma per cell as in `"Smith, John"`: unwrapping needs three or more columns on most rows).
 *
 * @example
 * unwrapQuotedLines(parseDelimited('"a,b,c"\n"1,2,3"', ','))?.parsed.rows // [['a', 'b', 'c'], ['1', '2', '3']]
 */
export function unwrapQuotedLines(parsed: DelimitedRows): { parsed: DelimitedRows; delimiter: Delimiter } | null {
  let filled = 0;
  for (const row of parsed.rows) {
    if (row.length > 1) return null;
    if (row[0] !== '') filled++;
  }
  if (filled === 0) return null;
  const cells = parsed.rows.map((row) => row[0] ?? '');
  const inner = cells.join('\n');
  const delimiter = detectDelimiter(inner);
  if (delimiter === null) return null;
  let withDelimiter = 0;
  for (const cell of cells) if (cell.includes(delimiter)) withDelimiter++;
  if (withDelimiter * 2 < filled) return null;
  // Inner line k comes from the original row holding it (plus the breaks inside that cell).
  const lineOf: number[] = [];
  cells.forEach((cell, r) => {
    const breaks = cell.split(/\r\n|\r|\n/).length;
    for (let j = 0; j < breaks; j++) lineOf.push(parsed.lines[r]! + j);
  });
  const again = parseDelimited(inner, delimiter);
  // One comma in a quoted cell (`"Smith, John"`) is a single column; a wrapped row has three or more.
  let wide = 0;
  for (const row of again.rows) if (row.length >= 3) wide++;
  if (wide * 2 < filled) return null;
  return {
    parsed: { rows: again.rows, lines: again.lines.map((l) => lineOf[l - 1] ?? l), unterminated: again.unterminated.map((l) => lineOf[l - 1] ?? l) },
    delimiter,
  };
}
