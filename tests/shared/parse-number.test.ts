import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseNumber } from '../../shared/parse-number';
import type { Cell, ParseNumberOptions } from '../../shared/types';

describe('parseNumber: numbers as people and exports write them', () => {
  test.each<[string, number]>([
    ['1234.5', 1234.5],
    ['1,234.50', 1234.5],
    ['$1,234.50', 1234.5],
    ['US$ 1,234', 1234],
    ['USD 1,234.00', 1234],
    ['€ 1.234,50', 1234.5],
    ['1.234,50 €', 1234.5],
    ['1.234,50 EUR', 1234.5],
    ['1 234,50', 1234.5],
    ['1\u00a0234,50', 1234.5],
    ['1\u202f234,50', 1234.5],
    ['1\u00a0234\u00a0567,89\u00a0€', 1234567.89],
    ["1'234.50", 1234.5],
    ['CHF 1\u2019234.50', 1234.5],
    ['(1,234.50)', -1234.5],
    ['1,234.50-', -1234.5],
    ['1.234,56-', -1234.56],
    ['-$11,809.12', -11809.12],
    ['-9,905.00', -9905],
    ['($448.88)', -448.88],
    ['($2,666)', -2666],
    ['(9)', -9],
    ['-$945.03', -945.03],
    ['$1,192,600.39 ', 1192600.39],
    ['$121.86 ', 121.86],
    ['−12', -12],
    ['+7', 7],
    ['12.5%', 0.125],
    ['83 %', 0.83],
    ['41,2 %', 0.412],
    ['1,398.08%', 13.9808],
    ['-100.00%', -1],
    ['0.00%', 0],
    ['99,88%', 0.9988],
    ['1.2k', 1200],
    ['$200k', 200000],
    ['$231.5k', 231500],
    ['3.4M', 3400000],
    ['2B', 2e9],
    ['1,5 Mio. €', 1500000],
    ['$3m', 3e6],
    ['45 days', 45],
    ['3.5 days', 3.5],
    ['752,886.79 Mlls', 752886.79],
    ['45 m', 45],
    ['.5', 0.5],
    ['0,500', 0.5],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1e5', 100000],
    ['2.5E-3', 0.0025],
    ['  42  ', 42],
    ['0', 0],
    ['-0', 0],
  ])('%j → %d', (text, expected) => {
    expect(parseNumber(text)).toBeCloseTo(expected, 10);
    expect(Math.sign(parseNumber(text) ?? NaN)).toBe(Math.sign(expected));
  });

  test('exact decimal results (no float drift from percent or scale)', () => {
    expect(parseNumber('1,398.08%')).toBe(13.9808);
    expect(parseNumber('12.5%')).toBe(0.125);
    expect(parseNumber('1.2k')).toBe(1200);
    expect(parseNumber('0.07%')).toBe(0.0007);
    expect(parseNumber('-0')).toBe(0);
    expect(Object.is(parseNumber('(0.00)'), 0)).toBe(true);
  });
});

describe('parseNumber: not numbers', () => {
  test.each<[Cell]>([
    [true], [false], [new Date(Date.UTC(2026, 10, 30))], [null], [''], ['   '], ['abc'], ['N/A'], ['-'], ['$'], ['%'],
    ['40.0.2214.111'], ['1.2.3'], ['1,2,3'], ['12 34'],
    ['2026-11-30'], ['9/30/2026'], ['12/18/17'], ['30 Nov'], ['Nov 30'], ['30 Nov 2026'], ['00:01:23'], ['00:00:41'],
    ['Q3'], ['v2'], ['O1'], ['KR1.2'], ['FY2026'], ['Q3 2026'], ['2026 Q3'], ['2026-Q3'],
    ['7/10'], ['70-80%'], ['<= 2 %'], ['≤3%'], ['<21%'], ['± 5.2%'], ['>= 80%'],
    ['--5'], ['(5'], ['5)'], ['#DIV/0!'], ['#N/A'], ['=SUM(A1)'], ['@SUM(A1)'], ['Infinity'], ['NaN'], ['1e999'],
    ['12 days 3 hours'], ['$ USD'], ['ABC 12'],
  ])('%j → null', (cell) => {
    expect(parseNumber(cell)).toBeNull();
  });

  test('non-finite JS numbers are not numbers', () => {
    expect(parseNumber(Number.NaN)).toBeNull();
    expect(parseNumber(Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('parseNumber: decimal separator', () => {
  test.each<[string, ParseNumberOptions | undefined, number]>([
    ['1.234', { locale: 'de-DE' }, 1234],
    ['1,5', { locale: 'de-DE' }, 1.5],
    ['1,234', { locale: 'de-DE' }, 1.234],
    ['1,234', { locale: 'en-US' }, 1234],
    ['1.234', { locale: 'en-US' }, 1.234],
    ['1,234', { locale: 'fr-FR' }, 1.234],
    ['1.234', { locale: 'de-CH' }, 1.234],
    ['1,15', undefined, 1.15],
    ['1.234,56', undefined, 1234.56],
    ['1,234.56', undefined, 1234.56],
    ['1,234', undefined, 1234],
    ['2.546', undefined, 2.546],
    ['2.546', { decimal: ',' }, 2546],
    ['2,546', { decimal: ',' }, 2.546],
    ['2,546', { decimal: '.' }, 2546],
    // decimal given explicitly wins over the locale
    ['2,546', { decimal: '.', locale: 'de-DE' }, 2546],
    // cells that can be read only one way are read that way whatever the locale says
    ['1.5', { locale: 'de-DE' }, 1.5],
    ['1,15', { locale: 'en-US' }, 1.15],
    ['1.234,56', { locale: 'en-US' }, 1234.56],
    ['1,234.56', { locale: 'de-DE' }, 1234.56],
    ['0.500', { decimal: ',' }, 0.5],
    ['1234.567', { decimal: ',' }, 1234.567],
  ])('%j with %j → %d', (text, options, expected) => {
    expect(parseNumber(text, options)).toBe(expected);
  });

  test('JS numbers pass through; percent option never rescales', () => {
    expect(parseNumber(65)).toBe(65);
    expect(parseNumber(65, { percent: true })).toBe(65);
    expect(parseNumber('65', { percent: true })).toBe(65);
    expect(parseNumber('65%', { percent: true })).toBe(0.65);
    expect(parseNumber(0.5, { percent: true })).toBe(0.5);
    expect(parseNumber(-3.25, { locale: 'de-DE' })).toBe(-3.25);
  });
});

describe('parseNumber: properties', () => {
  test('never throws on arbitrary text, returns a finite number or null', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom(undefined, 'de-DE', 'en-US'), (s, locale) => {
        const n = parseNumber(s, { locale });
        return n === null || Number.isFinite(n);
      }),
      { numRuns: 3000 },
    );
  });

  test('never throws on number-like text built from number parts', () => {
    const part = fc.constantFrom('1', '23', '456', '7890', '.', ',', ' ', '\u00a0', "'", '-', '(', ')', '$', '€', '%', 'k', 'M', 'days', 'e', '−', '/', ':');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const n = parseNumber(parts.join(''));
        return n === null || Number.isFinite(n);
      }),
      { numRuns: 3000 },
    );
  });

  test('round-trips formatted numbers in en-US and de-DE', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (int, cents) => {
        const value = int + Math.sign(int || 1) * cents / 100;
        const en = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(value);
        const de = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2 }).format(value);
        expect(parseNumber(en)).toBeCloseTo(value, 6);
        expect(parseNumber(de)).toBeCloseTo(value, 6);
        expect(parseNumber(`(${en.replace('-', '')})`)).toBeCloseTo(-Math.abs(value), 6);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseNumber: the one-pass reader agrees with the full reader', () => {
  test('same answer with and without the fast path', async () => {
    const { quickNumber, quickValue } = await import('../../shared/quick-number');
    const { scanNumber } = await import('../../shared/scan-number');
    const { canonicalDigits } = await import('../../shared/read-digits');
    const slow = (text: string, decimal: '.' | ','): number | null => {
      const p = scanNumber(text);
      if (p === null || p.unit !== null) return null;
      const d = canonicalDigits(p.digits, decimal);
      if (d === null) return null;
      const n = Number(`${d}e${Math.round(Math.log10(p.scale)) - (p.percent ? 2 : 0)}`);
      return n === 0 ? 0 : p.negative ? -n : n;
    };
    const part = fc.constantFrom('0', '1', '23', '456', '7890', '.', ',', ' ', '\u00a0', "'", '-', '(', ')', '$', '€', '%', '−', '+', 'k', 'M', 'B', 'm', 'b', '/', ':', 'x');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 10 }), fc.constantFrom<'.' | ','>('.', ','), (parts, decimal) => {
        const text = parts.join('');
        const q = quickNumber(text);
        if (q === undefined) return true;
        const fast = q === null ? null : quickValue(q, decimal);
        expect(fast, JSON.stringify(text)).toBe(slow(text, decimal));
        return true;
      }),
      { numRuns: 20000 },
    );
  });
});
