import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../shared/types';
import { fixturesDir, loadAddOn, readGrid } from './addon-harness';

const kpiTab = (): Cell[][] => readGrid(path.join(fixturesDir, 'addon-demo-kpi.tsv'));

describe('KPI_ACTUAL', () => {
  it('returns the latest actual of a KPI found by name on the KPI tabs, case-insensitively', async () => {
    const { code, local } = await loadAddOn({ Notes: [['Monthly recurring revenue', 5]], KPIs: kpiTab() });
    local.resetCallLog();
    expect(code.runCustomFunction('KPI_ACTUAL', 'monthly RECURRING revenue')).toBe(112000);
    expect(code.runCustomFunction('KPI_ACTUAL', 'Logo churn ')).toBeCloseTo(0.019, 10);
    expect(code.runCustomFunction('KPI_ACTUAL', [['Net promoter score'], ['Nope'], ['']])).toEqual([[38], ['No KPI named "Nope" on the KPI tabs — check the spelling'], ['']]);
    // Read-only calls only.
    expect(local.calls.filter((c) => /^(set|insert|clear|delete|add)/.test(c.method))).toEqual([]);
  });

  it('throws for a name that matches no KPI, or no name', async () => {
    const { code } = await loadAddOn({ KPIs: kpiTab() });
    expect(() => code.runCustomFunction('KPI_ACTUAL', 'Revenue per employee')).toThrow(/No KPI named "Revenue per employee"/);
    expect(() => code.runCustomFunction('KPI_ACTUAL', '')).toThrow(/needs the name/);
  });

  it('works in a cell formula, e.g. a KR current value linked to a KPI', async () => {
    const { local } = await loadAddOn(
      {
        KPIs: kpiTab(),
        OKRs: [
          ['Objective', 'Key result', 'Start', 'Target', 'Current'],
          ['Grow', 'Raise NPS to 45', 30, 45, '=KPI_ACTUAL("net promoter score")'],
        ],
      },
      { typed: true },
    );
    expect(local.values('OKRs')[1]![4]).toBe(38);
  });

  it('follows the KPI tab when given its cells as the second argument', async () => {
    const { local } = await loadAddOn(
      {
        KPIs: kpiTab(),
        OKRs: [
          ['Key result', 'Current'],
          ['Keep churn low', '=KPI_ACTUAL("Logo churn", KPIs!A1:J7)'],
        ],
      },
      { typed: true },
    );
    expect(local.values('OKRs')[1]![1]).toBeCloseTo(0.019, 10);
  });

  it('uses the first KPI tab in tab order when two tabs name the same KPI', async () => {
    const other = kpiTab().map((row, r) => (r === 1 ? row.map((c, i) => (i === 9 ? 999 : c)) : row));
    const { code } = await loadAddOn({ 'KPIs A': other, 'KPIs B': kpiTab() });
    expect(code.runCustomFunction('KPI_ACTUAL', 'Monthly recurring revenue')).toBe(999);
  });
});
