/**
 * The key two KPI names are compared by: case-insensitive, with runs of spaces (no-break spaces
 * included) read as one space, and a trailing colon ignored. `Monthly revenue`, `monthly  REVENUE`
 * and `Monthly revenue:` have the same key.
 *
 * @example
 * kpiNameKey('  Monthly\u00a0Revenue: ') // 'monthly revenue'
 */
export function kpiNameKey(name: string): string {
  return String(name ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*:$/, '')
    .toLowerCase();
}
