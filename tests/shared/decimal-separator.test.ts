import { describe, expect, test } from 'vitest';
import { decimalSeparator } from '../../shared/decimal-separator';
import type { Cell } from '../../shared/types';

describe('decimalSeparator', () => {
  test.each<[Cell[], string | undefined, '.' | ',']>([
    // cells that can be read only one way decide
    [['1,15', '2.546'], undefined, ','],
    [['99,88%', '12'], undefined, ','],
    [['1.234,56', '2.546'], 'en-US', ','],
    [['1.234.567'], undefined, ','],
    [['0.5', '1,234'], undefined, '.'],
    [['1,234.56', '2,546'], 'de-DE', '.'],
    [['1,234,567'], 'de-DE', '.'],
    [['1\u00a0234,50\u00a0€', '5'], undefined, ','],
    [["1'234.50"], 'de-DE', '.'],
    [['41,2 %', '40 %', '<= 2 %'], undefined, ','],
    // ambiguous only: the locale decides, default '.'
    [['1,234', '5,678', '9,000'], undefined, '.'],
    [['1,234', '5,678', '9,000'], 'de-DE', ','],
    [['1,234', '5,678'], 'fr-FR', ','],
    [['1,234', '5,678'], 'es-ES', ','],
    [['1,234', '5,678'], 'pt-BR', ','],
    [['1,234', '5,678'], 'it-IT', ','],
    [['1,234', '5,678'], 'nl-NL', ','],
    [['1,234', '5,678'], 'en-GB', '.'],
    [['2.546'], 'de_DE', ','],
    [['2.546'], undefined, '.'],
    // no evidence at all
    [[], undefined, '.'],
    [[], 'de-DE', ','],
    [[12.5, 3, true, null, new Date(0), ''], undefined, '.'],
    [['abc', 'Q3', '40.0.2214.111', '2026-11-30'], 'de-DE', ','],
    [['abc', 'Q3', '40.0.2214.111', '2026-11-30'], undefined, '.'],
    // both kinds: the majority wins
    [['1,5', '2,5', '3.5'], undefined, ','],
    [['1,5', '2.5', '3.5'], 'de-DE', '.'],
    // a tie goes to the locale
    [['1,5', '2.5'], 'de-DE', ','],
    [['1,5', '2.5'], undefined, '.'],
  ])('%j (%s) → %s', (cells, locale, expected) => {
    expect(decimalSeparator(cells, locale)).toBe(expected);
  });
});
