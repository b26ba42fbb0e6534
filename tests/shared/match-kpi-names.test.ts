import { describe, expect, it } from 'vitest';
import { kpiNameKey } from '../../shared/kpi-name-key';
import { matchKpiNames } from '../../shared/match-kpi-names';

describe('kpiNameKey', () => {
  it.each([
    ['Monthly revenue', 'monthly revenue'],
    ['  Monthly\u00a0 REVENUE: ', 'monthly revenue'],
    ['Churn rate :', 'churn rate'],
    ['', ''],
  ])('%j → %j', (name, key) => {
    expect(kpiNameKey(name)).toBe(key);
  });
});

describe('matchKpiNames', () => {
  it('matches by name case-insensitively and lists what did not match', () => {
    const m = matchKpiNames(['Monthly recurring revenue', 'Logo churn', 'NPS'], ['logo CHURN', 'Monthly recurring revenue', 'Cost of sales', '']);
    expect(m.sheetIndex).toEqual([1, 0, null, null]);
    expect(m.matched).toBe(2);
    expect(m.unmatched).toEqual(['Cost of sales']);
    expect(m.missing).toEqual(['NPS']);
  });

  it('gives each sheet name to the first pasted name only', () => {
    const m = matchKpiNames(['Revenue'], ['Revenue', 'revenue']);
    expect(m.sheetIndex).toEqual([0, null]);
    expect(m.unmatched).toEqual(['revenue']);
  });

  it('ignores a leading account code when that is unambiguous', () => {
    const m = matchKpiNames(['Salaries', 'Rent', 'Travel'], ['61011 - Salaries', '6200 Rent', '7000 - Travel', '7001 - Travel']);
    expect(m.sheetIndex).toEqual([0, 1, null, null]);
    expect(m.unmatched).toEqual(['7000 - Travel', '7001 - Travel']);
  });

  it('prefers an exact name over one without its code', () => {
    const m = matchKpiNames(['40001 - Revenue', 'Revenue'], ['Revenue']);
    expect(m.sheetIndex).toEqual([1]);
    expect(m.missing).toEqual(['40001 - Revenue']);
  });
});
