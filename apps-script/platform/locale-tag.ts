/**
 * A spreadsheet locale as Apps Script gives it (`en_US`, `de`) as a BCP 47 tag (`en-US`), or null.
 *
 * @example
 * localeTag('pt_BR') // 'pt-BR'
 */
export function localeTag(locale: string | null | undefined): string | null {
  if (!locale) return null;
  return String(locale).replace(/_/g, '-');
}
