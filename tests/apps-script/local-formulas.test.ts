import { describe, expect, test } from 'vitest';
import { createLocalAppsScript } from '../../apps-script/local/create-local-apps-script';
import { displayValue } from '../../apps-script/local/display-value';
import { offsetFormula } from '../../apps-script/local/offset-formula';
import { shiftFormula } from '../../apps-script/local/shift-formula';

describe('formula rewriting', () => {
  test.each([
    ['=$F2="red"', 3, 0, '=$F5="red"'],
    ['=B2*10', 1, 2, '=D3*10'],
    ['=SUM($A$1:A1)', 2, 1, '=SUM($A$1:B3)'],
    ["='My tab'!C3&\"x\"", -1, 0, "='My tab'!C2&\"x\""],
  ])('offsetFormula(%j, %i, %i) = %j', (formula, rows, cols, expected) => {
    expect(offsetFormula(formula, rows, cols)).toBe(expected);
  });

  test.each([
    ['=SUM(B2:B10)', 'row', 5, 2, '=SUM(B2:B12)'],
    ['=SUM(B2:B10)', 'row', 3, -2, '=SUM(B2:B8)'],
    ['=SUM(B2:B10)', 'row', 2, -9, '=SUM(#REF!)'],
    ['=F:F', 'column', 2, 1, '=G:G'],
    ['=A:A', 'row', 1, 5, '=A:A'],
    ['=Other!B2+B2', 'column', 1, 1, '=Other!B2+C2'],
  ] as const)('shiftFormula(%j, %s at %i by %i) = %j', (formula, dim, at, count, expected) => {
    expect(shiftFormula(formula, 'Here', 'Here', dim, at, count)).toBe(expected);
  });
});

describe('formula values', () => {
  test.each([
    ['=1+2*3', 7],
    ['=(1+2)*3', 9],
    ['=2^3^2', 64],
    ['=-2^2', 4],
    ['=50%', 0.5],
    ['="a"&1&TRUE', 'a1TRUE'],
    ['="Red"="red"', true],
    ['=EXACT("Red","red")', false],
    ['=A1>=0.7', true],
    ['=B1>=0.7', false],
    ['=C1>0', true],
    ['=IF(ISBLANK(B1),"empty","full")', 'empty'],
    ['=AND(A1>0.5, C1="text")', true],
    ['=OR(FALSE, B1="")', true],
    ['=NOT(A1)', false],
    ['=SUM(A1:A3)', 3.75],
    ['=AVERAGE(A1:A3)', 1.25],
    ['=MIN(A1:A3)', 0.75],
    ['=COUNTA(A1:C1)', 2],
    ['=ROUND(2.345, 2)', 2.35],
    ['=IFERROR(1/0, "x")', 'x'],
    ['=SEARCH("EX", C1)', 2],
    ['=LEN(TRIM("  a  b "))', 3],
    ['=ROW()', 5],
    ['=COLUMN(C1)', 3],
    ['=1/0', '#DIV/0!'],
    ['=nosuchname', '#NAME?'],
    ['=1+', '#ERROR!'],
    ['=VLOOKUP(1, A1:B2, 2)', ''],
  ])('%s → %j', (formula, expected) => {
    const local = createLocalAppsScript();
    const sheet = local.addSheet('S', [
      [0.75, '', 'text'],
      [1],
      [2],
    ]);
    sheet.getRange('E5').setFormula(formula);
    expect(sheet.getRange('E5').getValue()).toBe(expected);
  });

  test('circular references do not hang', () => {
    const local = createLocalAppsScript();
    const sheet = local.addSheet('S', [['=B1', '=A1']]);
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
  });

  test('dates are serial numbers inside formulas', () => {
    const local = createLocalAppsScript({ timeZone: 'America/New_York' });
    const sheet = local.addSheet('S', [['2026-01-02', '=A1+1', '=A1-DATEVALUE("x")']], { typed: true });
    expect(sheet.getRange('B1').getValue()).toBe(46025);
  });
});

describe('display values', () => {
  const d = new Date('2026-03-04T15:05:09Z');
  test.each([
    [1234.5, null, '1234.5'],
    [0.1 + 0.2, null, '0.3'],
    [1234.5, '#,##0.00', '1,234.50'],
    [0.256, '0%', '26%'],
    [0.256, '0.0%', '25.6%'],
    [-3.14159, '0.00', '-3.14'],
    [1200, '"$"#,##0', '$1,200'],
    [12345.678, '0.00E+00', '1.23E+04'],
    [true, null, 'TRUE'],
    ['text', '0.00', 'text'],
    [d, 'yyyy-mm-dd', '2026-03-04'],
    [d, 'M/d/yyyy H:mm:ss', '3/4/2026 10:05:09'],
    [d, 'mmm d, yyyy', 'Mar 4, 2026'],
    [d, 'dddd d mmmm', 'Wednesday 4 March'],
    [d, 'h:mm am/pm', '10:05 AM'],
  ] as const)('%j with %j → %j (en_US, New York)', (value, format, text) => {
    expect(displayValue(value, format, 'America/New_York', 'en_US')).toBe(text);
  });

  test('de_DE separators', () => {
    expect(displayValue(1234.5, '#,##0.00', 'Europe/Berlin', 'de_DE')).toBe('1.234,50');
    expect(displayValue(0.5, null, 'Europe/Berlin', 'de_DE')).toBe('0,5');
  });
});
