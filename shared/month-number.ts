const MONTHS: Record<string, number> = {};
const NAMES: [number, string[]][] = [
  [1, ['jan', 'january', 'januar', 'janvier', 'enero', 'janeiro', 'jänner', 'janv', 'ene']],
  [2, ['feb', 'february', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'fevereiro', 'fev']],
  [3, ['mar', 'march', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'mär', 'mrz']],
  [4, ['apr', 'april', 'avril', 'abril', 'avr', 'abr']],
  [5, ['may', 'mai', 'mayo', 'maio']],
  [6, ['jun', 'june', 'juni', 'juin', 'junio', 'junho']],
  [7, ['jul', 'july', 'juli', 'juillet', 'julio', 'julho', 'juil']],
  [8, ['aug', 'august', 'août', 'aout', 'agosto', 'ago']],
  [9, ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setembro', 'set']],
  [10, ['oct', 'october', 'oktober', 'octobre', 'octubre', 'outubro', 'okt', 'out']],
  [11, ['nov', 'november', 'novembre', 'noviembre', 'novembro']],
  [12, ['dec', 'december', 'dezember', 'décembre', 'decembre', 'diciembre', 'dezembro', 'dez', 'déc', 'dic']],
];
for (const [n, names] of NAMES) for (const name of names) MONTHS[name] = n;

/**
 * The month (1-12) a month name or abbreviation stands for, in English, German, French, Spanish
 * or Portuguese; null when it is not one.
 *
 * @example
 * monthNumber('Sept.') // 9
 * monthNumber('März') // 3
 */
export function monthNumber(text: string): number | null {
  const key = text.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? null;
}
