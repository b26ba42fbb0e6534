/** A number format hint for one pasted column. */
export type ColumnFormat = 'currency' | 'percent' | 'number' | 'date' | 'text';

/** Counts over one column's data cells. */
export interface ColumnStats {
  numbers: number;
  /** Numbers written with a currency. */
  currency: number;
  /** Numbers written with `%`. */
  percent: number;
  /** Text cells (not blank, not a source error). */
  texts: number;
  /** Text cells with a letter in them. */
  words: number;
  /** Text cells, among those sampled, that read as dates. */
  dates: number;
  /** Text cells sampled for dates. */
  sampled: number;
}

/**
 * The format hint of a column: `currency` / `percent` / `number` when 80 % of its cells are numbers
 * (currency or percent when half of those numbers were written so), `date` when 80 % of its sampled
 * text cells are dates, else `text`.
 *
 * @example
 * columnFormat({ numbers: 10, currency: 10, percent: 0, texts: 0, words: 0, dates: 0, sampled: 0 }) // 'currency'
 */
export function columnFormat(s: ColumnStats): ColumnFormat {
  const nonEmpty = s.numbers + s.texts;
  if (nonEmpty === 0) return 'text';
  if (s.numbers >= nonEmpty * 0.8) {
    if (s.percent * 2 >= s.numbers) return 'percent';
    if (s.currency * 2 >= s.numbers) return 'currency';
    return 'number';
  }
  if (s.sampled > 0 && s.dates >= s.sampled * 0.8 && s.texts >= nonEmpty * 0.8) return 'date';
  return 'text';
}
