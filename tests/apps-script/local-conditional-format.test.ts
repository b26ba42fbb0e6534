import { describe, expect, test } from 'vitest';
import { createLocalAppsScript } from '../../apps-script/local/create-local-apps-script';

function setup() {
  const local = createLocalAppsScript();
  const sheet = local.addSheet('OKRs', [
    ['KR', 'Score', 'Status'],
    ['a', 0.9, 'green'],
    ['b', 0.5, 'amber'],
    ['c', 0.1, 'red'],
    ['d', '', ''],
    ['e', 0.7, 'RED'],
  ]);
  return { local, sheet, app: local.globals.SpreadsheetApp };
}

describe('conditional formats', () => {
  test('custom formulas with relative rows; the first matching rule wins', () => {
    const { local, sheet, app } = setup();
    const range = sheet.getRange('A2:C6');
    sheet.setConditionalFormatRules([
      app.newConditionalFormatRule().whenFormulaSatisfied('=$C2="red"').setBackground('#f4c7c3').setRanges([range]).build(),
      app.newConditionalFormatRule().whenFormulaSatisfied('=$B2>=0.7').setBackground('#b7e1cd').setRanges([range]).build(),
      app.newConditionalFormatRule().whenFormulaSatisfied('=EXACT($C2,"amber")').setBackground('#fce8b2').setRanges([range]).build(),
    ]);
    const looks = local.evaluateConditionalFormats('OKRs');
    expect(looks.map((row) => row[0]?.background ?? null)).toEqual([null, '#b7e1cd', '#fce8b2', '#f4c7c3', null, '#f4c7c3']);
    // '=' compares text case-insensitively: RED matches "red" and wins over the >= 0.7 rule.
    expect(looks[5]?.[1]?.rule).toBe(0);
  });

  test('EXACT is case-sensitive; TEXT_EQUAL_TO is not', () => {
    const { local, sheet, app } = setup();
    sheet.setConditionalFormatRules([
      app.newConditionalFormatRule().whenFormulaSatisfied('=EXACT($C2,"red")').setBackground('#ff0000').setRanges([sheet.getRange('A2:A6')]).build(),
      app.newConditionalFormatRule().whenTextEqualTo('red').setBackground('#00ff00').setRanges([sheet.getRange('C2:C6')]).build(),
    ]);
    const looks = local.evaluateConditionalFormats('OKRs');
    expect(looks[3]?.[0]?.background).toBe('#ff0000');
    expect(looks[5]?.[0]?.background).toBeNull();
    expect(looks[5]?.[2]?.background).toBe('#00ff00');
  });

  test('number conditions ignore text and blanks', () => {
    const { local, sheet, app } = setup();
    const scores = sheet.getRange('B2:B6');
    sheet.setConditionalFormatRules([
      app.newConditionalFormatRule().whenNumberBetween(0.4, 0.69).setBackground('yellow').setRanges([scores]).build(),
      app.newConditionalFormatRule().whenNumberLessThan(0.4).setFontColor('#cc0000').setBold(true).setRanges([scores]).build(),
    ]);
    const looks = local.evaluateConditionalFormats('OKRs').map((r) => r[1]);
    expect(looks.map((l) => l?.background ?? null)).toEqual([null, null, '#ffff00', null, null, null]);
    expect(looks[3]).toMatchObject({ fontColor: '#cc0000', bold: true });
    expect(looks[4]?.rule).toBeNull();
  });

  test('rules read back with their condition; ranges and formulas follow inserted columns', () => {
    const { local, sheet, app } = setup();
    sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenFormulaSatisfied('=$C2="red"').setBackground('#f4c7c3').setRanges([sheet.getRange('A2:C6')]).build()]);
    sheet.insertColumnBefore(1);
    const [rule] = sheet.getConditionalFormatRules();
    expect(rule?.getRanges().map((r) => r.getA1Notation())).toEqual(['B2:D6']);
    expect(rule?.getBooleanCondition()?.getCriteriaType()).toBe(app.BooleanCriteria.CUSTOM_FORMULA);
    expect(rule?.getBooleanCondition()?.getCriteriaValues()).toEqual(['=$D2="red"']);
    expect(rule?.getBooleanCondition()?.getBackground()).toBe('#f4c7c3');
    expect(local.evaluateConditionalFormats('OKRs')[3]?.[1]?.background).toBe('#f4c7c3');
  });

  test('strict: no ranges, no condition, a builder instead of a rule, another sheet', () => {
    const { local, sheet, app } = setup();
    const builder = app.newConditionalFormatRule().whenTextContains('x').setBackground('red');
    expect(() => sheet.setConditionalFormatRules([builder.build()])).toThrow('no ranges');
    expect(() => app.newConditionalFormatRule().setBackground('red').build()).toThrow('condition');
    expect(() => sheet.setConditionalFormatRules([builder as never])).toThrow('build()');
    const other = local.addSheet('Other', []);
    expect(() => sheet.setConditionalFormatRules([builder.setRanges([other.getRange('A1')]).build()])).toThrow('on the sheet');
    expect(() => app.newConditionalFormatRule().whenFormulaSatisfied('$A1>1')).toThrow('Invalid argument');
  });

  test('setConditionalFormatRules replaces; getConditionalFormatRules + push keeps existing ones', () => {
    const { sheet, app } = setup();
    const r = (t: string) => app.newConditionalFormatRule().whenTextEqualTo(t).setBackground('red').setRanges([sheet.getRange('C2:C6')]).build();
    sheet.setConditionalFormatRules([r('a')]);
    const rules = sheet.getConditionalFormatRules();
    rules.push(r('b'));
    sheet.setConditionalFormatRules(rules);
    expect(sheet.getConditionalFormatRules().map((x) => x.getBooleanCondition()?.getCriteriaValues()[0])).toEqual(['a', 'b']);
    sheet.setConditionalFormatRules([]);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });
});
