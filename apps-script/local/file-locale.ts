import { decimalSeparator } from '../../shared/decimal-separator';

/** Digits grouped by a space, a no-break space or a narrow no-break space (`1 234,5`): French and Nordic exports. */
const SPACE_GROUPED = /\d[ \u00a0\u202f]\d{3}(?!\d)/;

/**
 * The spreadsheet locale to import a CSV/TSV export in, so that Sheets' typed-input parsing reads its
 * numbers as the file means them: the engine's decimal-mark vote over the file's cells (`1.234,5` and
 * `12,5 %` say `,`; `1,234.5` and `0.5` say `.`) gives `de_DE` for a decimal comma (`fr_FR` when its
 * thousands are grouped with spaces) and `en_US` for a decimal point (also when nothing decides).
 *
 * @example
 * fileLocale(['Umsatz', '1.234,5', '2.000']) // 'de_DE'
 * fileLocale(['CA', '1 234 567,89 €']) // 'fr_FR'
 * fileLocale(['Revenue', '1,234.5']) // 'en_US'
 */
export function fileLocale(cells: string[]): string {
  if (decimalSeparator(cells) === '.') return 'en_US';
  return cells.some((c) => SPACE_GROUPED.test(c)) ? 'fr_FR' : 'de_DE';
}
