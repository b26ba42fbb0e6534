import type { Cell } from './types';
import { cellText } from './cell-text';
import { parseNumber } from './parse-number';
import { parseDateDay } from './parse-date';
import { parsePeriod } from './parse-period';

export interface LabelAmountLayout {
  /** 0-based header row. */
  headerIndex: number;
  /** 0-based column of the labels (the KPI names). */
  label: number;
  /** 0-based column of the amount read as the actual. */
  amount: number;
}

const SCAN_ROWS = 40;
const SAMPLE_ROWS = 60;
const AMOUNT_HEADER = /total|amount|balance|value|actual|betrag|summe|montant|solde|importe|saldo|valor|montante/i;

/**
 * The layout of an accounting statement or a plain list with headers the synonyms do not name
 * (`Distribution account | Total`, `Full name | Total Nov 2025 | Total Nov 2024`): a header row of text,
 * then rows with a text label and at least one amount. The labels are KPI names and the amount column
 * (the first whose header says total/amount/balance/value/actual, else the first with numbers) is the
 * actual. Labels must name things: a column of dates or periods (a time series) or of repeated values
 * (a pivot's dimension) is not one. Null when the rows do not look like that.
 *
 * @example
 * labelAmountLayout([['Distribution account', 'Total'], ['Income', ''], ['Sales', 1200]])
 * // { headerIndex: 0, label: 0, amount: 1 }
 */
export function labelAmountLayout(values: readonly (readonly Cell[])[]): LabelAmountLayout | null {
  const limit = Math.min(values.length, SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const header = values[r]!;
    const texts = header.filter((c) => typeof c === 'string' && c.trim() !== '');
    const filled = header.filter((c) => cellText(c) !== '');
    if (texts.length < 2 || texts.length !== filled.length) continue;
    const layout = columnsBelow(values, r, header.length);
    if (layout) return { headerIndex: r, ...layout };
  }
  return null;
}

function columnsBelow(values: readonly (readonly Cell[])[], headerIndex: number, width: number): { label: number; amount: number } | null {
  const end = Math.min(values.length, headerIndex + 1 + SAMPLE_ROWS);
  const text = new Array<number>(width).fill(0);
  const numbers = new Array<number>(width).fill(0);
  const dates = new Array<number>(width).fill(0);
  const distinct = Array.from({ length: width }, () => new Set<string>());
  let rows = 0;
  for (let r = headerIndex + 1; r < end; r++) {
    const row = values[r]!;
    if (!row.some((c) => cellText(c) !== '')) continue;
    rows++;
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (typeof cell === 'number') numbers[c]!++;
      else if (typeof cell === 'string' && cell.trim() !== '') {
        if (parseNumber(cell) !== null) numbers[c]!++;
        else {
          text[c]!++;
          distinct[c]!.add(cell.trim().toLowerCase());
          if (parseDateDay(cell, { year: 2000 }) !== null || parsePeriod(cell, { year: 2000 }) !== null) dates[c]!++;
        }
      }
    }
  }
  if (rows < 2) return null;
  // Labels name things: not dates or periods (a time series), and mostly distinct (not a pivot's dimension).
  const label = text.findIndex((n, c) => n >= rows * 0.6 && dates[c]! < n * 0.5 && distinct[c]!.size >= n * 0.8);
  if (label < 0) return null;
  const amounts: number[] = [];
  for (let c = 0; c < width; c++) if (c !== label && numbers[c]! >= rows * 0.3 && text[c]! <= numbers[c]! * 0.2) amounts.push(c);
  if (amounts.length === 0) return null;
  const header = values[headerIndex]!;
  const amount = amounts.find((c) => AMOUNT_HEADER.test(cellText(header[c]))) ?? amounts[0]!;
  return { label, amount };
}
