/** Decimal and grouping separators for a spreadsheet locale such as `en_US` or `de_DE`. */
export interface LocaleSeparators {
  decimal: '.' | ',';
  group: string[];
  /** Day before month in numeric dates (`30/11/2026`). */
  dayFirst: boolean;
}

const COMMA_DECIMAL = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'pl', 'sv', 'da', 'fi', 'nb', 'no', 'tr', 'cs', 'id', 'ro', 'hu', 'el', 'uk', 'sk', 'sl', 'hr', 'bg', 'lt', 'lv', 'et', 'vi'];
const MONTH_FIRST = ['en_US', 'en_PH', 'en-US'];

export function localeSeparators(locale: string): LocaleSeparators {
  const lang = locale.split(/[_-]/)[0]?.toLowerCase() ?? 'en';
  const decimalComma = COMMA_DECIMAL.includes(lang) && !/_CH$/.test(locale);
  const dayFirst = lang !== 'en' ? !['zh', 'ja', 'ko', 'hu', 'lt'].includes(lang) : !MONTH_FIRST.includes(locale) && locale !== 'en';
  return {
    decimal: decimalComma ? ',' : '.',
    group: decimalComma ? ['.', ' ', '\u00a0', '\u202f'] : /_CH$/.test(locale) ? ["'", '\u2019'] : [','],
    dayFirst,
  };
}
