import { describe, expect, test } from 'vitest';
import { createLocalAppsScript } from '../../apps-script/local/create-local-apps-script';
import { parseTypedInput } from '../../apps-script/local/parse-typed-input';

const US = { locale: 'en_US', timeZone: 'America/New_York', currentYear: 2026 };
const DE = { locale: 'de_DE', timeZone: 'Europe/Berlin', currentYear: 2026 };

describe('parseTypedInput (what setValue stores for a string)', () => {
  test.each([
    ['1,234', 1234, '#,##0'],
    ['1,234.50', 1234.5, '#,##0.00'],
    ['12%', 0.12, '0%'],
    ['12.5%', 0.125, '0.00%'],
    ['-7', -7, null],
    ['+7', 7, null],
    ['.5', 0.5, null],
    ['007', 7, null],
    ['1e3', 1000, '0.00E+00'],
    ['$1,200', 1200, '"$"#,##0'],
    ['  42 ', 42, null],
  ])('en_US number %j → %j', (text, value, format) => {
    expect(parseTypedInput(text, US)).toEqual({ kind: 'value', value, numberFormat: format });
  });

  test.each([
    ['1.234,56', 1234.56],
    ['1,5', 1.5],
    ['99,88%', 0.9988],
  ])('de_DE number %j → %j', (text, value) => {
    const parsed = parseTypedInput(text, DE);
    expect(parsed.kind === 'value' && parsed.value).toBe(value);
  });

  test.each(['1,23', '12 345x', 'abc', '1.2.3', 'Q1 2026', '#N/A'])('%j stays text in en_US', (text) => {
    expect(parseTypedInput(text, US)).toEqual({ kind: 'value', value: text, numberFormat: null });
  });

  test.each([
    ['TRUE', true],
    ['false', false],
    ['True', true],
  ])('%j → boolean', (text, value) => {
    expect(parseTypedInput(text, US)).toEqual({ kind: 'value', value, numberFormat: null });
  });

  test.each([
    ['2026-11-30', '2026-11-30T05:00:00.000Z', 'yyyy-mm-dd'],
    ['11/30/2026', '2026-11-30T05:00:00.000Z', 'M/d/yyyy'],
    ['Nov 30, 2026', '2026-11-30T05:00:00.000Z', 'mmm d, yyyy'],
    ['2026-07-01', '2026-07-01T04:00:00.000Z', 'yyyy-mm-dd'],
    ['3/4', '2026-03-04T05:00:00.000Z', 'M/d/yyyy'],
  ])('en_US date %j is midnight in the spreadsheet time zone', (text, iso, format) => {
    const parsed = parseTypedInput(text, US);
    expect(parsed.kind).toBe('value');
    if (parsed.kind !== 'value') return;
    expect(parsed.value).toBeInstanceOf(Date);
    expect((parsed.value as Date).toISOString()).toBe(iso);
    expect(parsed.numberFormat).toBe(format);
  });

  test('day-first locales read 30.11.2026 and 30/11/2026', () => {
    const de = parseTypedInput('30.11.2026', DE);
    expect(de.kind === 'value' && (de.value as Date).toISOString()).toBe('2026-11-29T23:00:00.000Z');
    const gb = parseTypedInput('30/11/2026', { ...US, locale: 'en_GB' });
    expect(gb.kind === 'value' && gb.value instanceof Date).toBe(true);
    expect(parseTypedInput('11/30/2026', { ...US, locale: 'en_GB' })).toEqual({ kind: 'value', value: '11/30/2026', numberFormat: null });
  });

  test.each(['2026-02-30', '13/01/2026', '0/1/2026'])('impossible date %j stays text', (text) => {
    expect(parseTypedInput(text, US)).toMatchObject({ kind: 'value', value: text });
  });

  test.each([
    ['=A1+1', '=A1+1'],
    ['=SUM(A:A)', '=SUM(A:A)'],
    ['- churn went up', '=- churn went up'],
    ['+1 555 0100', '=+1 555 0100'],
  ])('%j becomes the formula %j', (text, formula) => {
    expect(parseTypedInput(text, US)).toEqual({ kind: 'formula', formula });
  });

  test.each([
    ["'=A1+1", '=A1+1'],
    ["'1,234", '1,234'],
    ["'TRUE", 'TRUE'],
    ['=', '='],
    ['-', '-'],
    ['', ''],
  ])('%j is stored as the text %j', (text, value) => {
    expect(parseTypedInput(text, US)).toEqual({ kind: 'value', value, numberFormat: null });
  });
});

describe('setValues stores typed input like Apps Script', () => {
  test('pasted strings become numbers, dates, booleans and formulas; formulaCells lists the formulas', () => {
    const local = createLocalAppsScript({ now: () => new Date('2026-11-25T12:00:00Z') });
    const sheet = local.addSheet('Paste', []);
    sheet.getRange('A1:G1').setValues([['1,234', '12%', 'TRUE', '2026-11-30', "'=HYPERLINK(\"x\")", '=1+1', 'plain']]);
    const [row] = sheet.getRange('A1:G1').getValues();
    expect(row?.slice(0, 3)).toEqual([1234, 0.12, true]);
    expect(row?.[3]).toBeInstanceOf(Date);
    expect(row?.slice(4)).toEqual(['=HYPERLINK("x")', 2, 'plain']);
    expect(sheet.getRange('A1:G1').getDisplayValues()).toEqual([['1,234', '12%', 'TRUE', '2026-11-30', '=HYPERLINK("x")', '2', 'plain']]);
    expect(local.formulaCells()).toEqual([{ sheet: 'Paste', a1: 'F1', row: 1, column: 6, formula: '=1+1' }]);
    expect(sheet.getRange('B1').getNumberFormat()).toBe('0%');
  });

  test('numbers, booleans and Dates stay typed; strings in a plain-text cell stay text', () => {
    const local = createLocalAppsScript();
    const sheet = local.addSheet('T', []);
    const r = sheet.getRange('A1:C1');
    r.setNumberFormat('@');
    r.setValues([['0012', '12%', '=1+1']]);
    expect(r.getValues()).toEqual([['0012', '12%', 2]]);
    expect(local.formulaCells('T').map((f) => f.a1)).toEqual(['C1']);
    sheet.getRange('A2:C2').setValues([[0.5, false, new Date(Date.UTC(2026, 0, 1))]]);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([[0.5, false, new Date(Date.UTC(2026, 0, 1))]]);
  });

  test('objects and arrays are rejected', () => {
    const local = createLocalAppsScript();
    const sheet = local.addSheet('T', []);
    expect(() => sheet.getRange('A1').setValues([[{ a: 1 }]])).toThrow('Cannot convert');
    expect(() => sheet.getRange('A1').setValue([1])).toThrow("don't match the method signature");
  });
});
