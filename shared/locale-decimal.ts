/** Languages whose usual decimal separator is a comma (CLDR), unless the region says otherwise. */
const COMMA_LANGUAGES = new Set([
  'af', 'az', 'be', 'bg', 'bs', 'ca', 'cs', 'da', 'de', 'el', 'es', 'et', 'eu', 'fi', 'fo', 'fr', 'gl', 'hr', 'hu',
  'hy', 'id', 'is', 'it', 'ka', 'kk', 'ky', 'lb', 'lt', 'lv', 'mk', 'mn', 'nb', 'nl', 'nn', 'no', 'pl', 'pt', 'ro',
  'ru', 'sk', 'sl', 'sq', 'sr', 'sv', 'tr', 'uk', 'uz', 'vi',
]);

/** Regions that write a decimal point even though their language usually writes a comma. */
const POINT_REGIONS = new Set(['de-ch', 'de-li', 'it-ch', 'fr-ch', 'es-mx', 'es-us', 'es-pr', 'es-do', 'es-gt', 'es-hn', 'es-ni', 'es-pa', 'es-sv', 'es-419']);

const cache = new Map<string, '.' | ',' | null>();

/**
 * The decimal separator a locale writes, or null when no locale is given or it is unknown.
 * English (`en-*`), Chinese, Japanese, Korean, Hebrew, Thai, Swiss German... write `.`;
 * German, French, Spanish, Portuguese, Italian, Dutch, Nordic and most Eastern European locales write `,`.
 *
 * @example
 * localeDecimal('de-DE') // ','
 * localeDecimal('en_GB') // '.'
 * localeDecimal('de-CH') // '.'
 * localeDecimal(undefined) // null
 */
export function localeDecimal(locale: string | null | undefined): '.' | ',' | null {
  if (!locale) return null;
  const hit = cache.get(locale);
  if (hit !== undefined) return hit;
  const key = locale.trim().replace(/_/g, '-').toLowerCase();
  const language = key.split('-')[0] ?? '';
  let result: '.' | ',' | null;
  if (!/^[a-z]{2,3}$/.test(language)) result = null;
  else if (COMMA_LANGUAGES.has(language)) {
    const region = key.split('-').slice(0, 2).join('-');
    result = POINT_REGIONS.has(region) ? '.' : ',';
  } else result = '.';
  if (cache.size < 1000) cache.set(locale, result);
  return result;
}
