import { describe, expect, test } from 'vitest';
import { readSettings } from '../../shared/read-settings';
import { settingsRows } from '../../shared/settings-rows';
import { defaultSettings } from '../../shared/default-settings';

describe('readSettings (docs/scoring.md, "Settings")', () => {
  test('a missing tab means defaults', () => {
    expect(readSettings([]).settings).toEqual({ ...defaultSettings, columns: {} });
  });

  test('reads every setting', () => {
    const { settings, problems } = readSettings([
      ['Setting', 'Value'],
      ['Aspirational green at', '60%'],
      ['Aspirational amber at', 0.3],
      ['Committed green at', 1],
      ['Committed amber at', '80'],
      ['KPI tolerance', '5%'],
      ['Default commitment', 'Committed'],
      ['As-of date', '2026-08-15'],
      ['Locale', 'de_DE'],
      ['Owner identity', 'name'],
      ['Fiscal year starts', 'April'],
      ['column: Owner', 'DRI'],
    ]);
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      aspirationalGreen: 0.6, aspirationalAmber: 0.3, committedGreen: 1, committedAmber: 0.8, tolerance: 0.05,
      defaultCommitment: 'committed', asOf: '2026-08-15', locale: 'de-DE', ownerIdentity: 'name', fiscalYearStart: 4, columns: { owner: 'DRI' },
    });
  });

  test('round-trips settingsRows', () => {
    const s = { ...defaultSettings, tolerance: 0.2, asOf: '2026-01-31', fiscalYearStart: 7, columns: { owner: 'DRI' } };
    expect(readSettings(settingsRows(s)).settings).toEqual(s);
  });

  test.each([
    [['Colour scheme', 'blue'], 'Setting', /is not a setting/],
    [['KPI tolerance', 'lots'], 'Value', /is not a fraction/],
    [['Aspirational green at', '170%'], 'Value', /is not a fraction/],
    [['Default commitment', 'maybe'], 'Value', /is not a commitment/],
    [['Fiscal year starts', 'Smarch'], 'Value', /is not a month/],
    [['Fiscal year starts', 13], 'Value', /is not a month/],
    [['As-of date', 'someday'], 'Value', /is not a date/],
    [['Locale', 'klingon!'], 'Value', /is not a locale/],
    [['column: Flavour', 'x'], 'Setting', /names no column/],
  ])('%j is reported on its row', (row, column, message) => {
    const { settings, problems } = readSettings([['Setting', 'Value'], ['KPI tolerance', '5%'], row]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 3, column, severity: 'error' });
    expect(problems[0]!.message).toMatch(/^Row 3, /);
    expect(problems[0]!.message).toMatch(message);
    expect(settings.tolerance).toBe(0.05);
  });

  test('amber above green is reported and defaults kept', () => {
    const { settings, problems } = readSettings([['Aspirational green at', 0.5], ['Aspirational amber at', 0.6]]);
    expect(problems).toHaveLength(1);
    expect(settings.aspirationalGreen).toBe(0.7);
  });
});
