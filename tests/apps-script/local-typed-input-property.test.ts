import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseTypedInput } from '../../apps-script/local/parse-typed-input';

const US = { locale: 'en_US', timeZone: 'America/New_York', currentYear: 2026 };
const DE = { locale: 'de_DE', timeZone: 'Europe/Berlin', currentYear: 2026 };

describe('parseTypedInput properties', () => {
  test('numbers written with en-US grouping read back as the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (int, cents) => {
        const n = int + (int < 0 ? -cents : cents) / 100;
        const text = n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        const parsed = parseTypedInput(text, US);
        expect(parsed.kind).toBe('value');
        expect(parsed.kind === 'value' && parsed.value).toBeCloseTo(n, 6);
      }),
    );
  });

  test('numbers written with de-DE grouping read back in a de_DE sheet', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (int, cents) => {
        const n = int + cents / 100;
        const text = n.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        const parsed = parseTypedInput(text, DE);
        expect(parsed.kind === 'value' && parsed.value).toBeCloseTo(n, 6);
      }),
    );
  });

  test('an apostrophe always stores the rest as text, never a formula', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(parseTypedInput(`'${s}`, US)).toEqual({ kind: 'value', value: s, numberFormat: null });
      }),
    );
  });

  test('text starting with = (and more) is always a formula', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (s) => {
        expect(parseTypedInput(`=${s}`, US)).toEqual({ kind: 'formula', formula: `=${s}` });
      }),
    );
  });

  test('letters-only text stays text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{4,12}$/), (s) => {
        fc.pre(!['true', 'false'].includes(s) && !/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(s));
        expect(parseTypedInput(s, US)).toEqual({ kind: 'value', value: s, numberFormat: null });
      }),
    );
  });
});
