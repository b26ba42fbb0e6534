import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { readPastedTable } from '../../shared/read-pasted-table';
import { parseNumber } from '../../shared/parse-number';
import type { PastedTable } from '../../shared/types';

/** header row, kept rows and skipped rows, sorted. */
function accounted(t: PastedTable): number[] {
  return [...(t.headerRow > 0 ? [t.headerRow] : []), ...t.sourceRows!, ...t.skipped.map((s) => s.row)].sort((a, b) => a - b);
}

describe('readPastedTable properties', () => {
  test('arbitrary text never throws and gives a consistent table', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(undefined, 'de-DE', 'en-US'), (text, locale) => {
        const t = readPastedTable(text, { locale });
        expect(t.sourceRows).toHaveLength(Math.max(0, t.values.length - 1));
        expect(new Set(accounted(t)).size).toBe(accounted(t).length); // no line counted twice
        for (const row of t.values) for (const cell of row) expect(cell === '' || typeof cell === 'string' || Number.isFinite(cell)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  test('text made of export-like fragments never throws', () => {
    const fragment = fc.constantFrom(
      '"', '""', ',', ';', '\t', '|', '\n', '\r\n', ' ', '#', '# ----', '---', '*', '**', 'Total', 'Net Income', 'KPI', 'Value',
      '1,234.56', '1.234,56', '(9)', '$1,200', '12 %', '−5', '2.546', '1,15', '40.0.2214.111', '2026-01', '#DIV/0!', 'TBD', '=SUM(A1)',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
        const t = readPastedTable('\uFEFF' + parts.join(''));
        expect(t.sourceRows).toHaveLength(Math.max(0, t.values.length - 1));
      }),
      { numRuns: 1500 },
    );
  });

  test('without quotes, every line is the header, a kept row or a skipped row, exactly once', () => {
    const cell = fc.constantFrom('', ' ', 'Revenue', 'Total', 'Net Income', '# note', '----', '**', '1,234.56', '12 %', '(5)', '2026-03', 'N/A', 'Jan', '7');
    const line = fc.array(cell, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 25 }), fc.constantFrom(',', ';', '\t'), fc.boolean(), (lines, d, crlf) => {
        const text = lines.map((cells) => cells.join(d)).join(crlf ? '\r\n' : '\n');
        const t = readPastedTable(text);
        // a final line break does not start another row; empty text has no rows
        const count = text === '' ? 0 : text.endsWith('\n') ? lines.length - 1 : lines.length;
        if (t.headerRow === 0) {
          expect(t.values).toEqual([]);
          expect(accounted(t)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
          return;
        }
        expect(accounted(t)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      }),
      { numRuns: 1500 },
    );
  });

  test('RFC 4180 grids (quotes, delimiters and line breaks in cells): every row accounted for, text kept exactly', () => {
    const chars = fc.constantFrom('a', 'B', 'x y', ',', '"', '\n', '1', '5', '.', ' ', 'é');
    const cellArb = fc.array(chars, { maxLength: 6 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }).chain((width) => fc.array(fc.array(cellArb, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 })),
        (grid) => {
          const text = Papa.unparse(grid, { quotes: true, newline: '\n' });
          const t = readPastedTable(text);
          // the 1-based line each grid row starts on
          const starts: number[] = [];
          let line = 1;
          for (const cells of grid) {
            starts.push(line);
            line += 1 + cells.reduce((k, c) => k + (c.match(/\n/g)?.length ?? 0), 0);
          }
          expect(accounted(t)).toEqual(starts);
          // kept rows: each text cell is the input cell trimmed; each number is that cell read as a number
          t.sourceRows!.forEach((start, k) => {
            const input = grid[starts.indexOf(start)]!;
            const output = t.values[k + 1]!;
            input.forEach((raw, c) => {
              const out = output[c] ?? '';
              const trimmed = raw.trim();
              if (typeof out === 'number') expect(out).toBe(parseNumber(trimmed, { decimal: t.decimal }));
              else if (out !== '' || trimmed !== '') expect(out).toBe(trimmed);
            });
          });
        },
      ),
      { numRuns: 1500 },
    );
  });
});
