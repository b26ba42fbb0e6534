import type { Cell } from '../../shared/types';

/** An OKR sheet with `n` key results, four per objective, some with problems (no owner, bad target). */
export function generatedOkrSheet(n: number): Cell[][] {
  const rows: Cell[][] = [['Objective', 'Key result', 'Owner', 'Period', 'Start', 'Target', 'Current']];
  for (let i = 0; i < n; i++) {
    const objective = i % 4 === 0 ? `Objective ${i / 4 + 1}` : '';
    const target = i % 97 === 5 ? 'abc' : 100 + (i % 7);
    rows.push([objective, `Raise metric ${i} from 10 to ${target}`, i % 13 === 0 ? '' : `owner${i % 9}@example.com`, 'Q3 2026', 10, target, 10 + ((i * 37) % 100)]);
  }
  return rows;
}

/** A KPI sheet with `n` KPIs. */
export function generatedKpiSheet(n: number): Cell[][] {
  const rows: Cell[][] = [['KPI', 'Owner', 'Direction', 'Target', 'Actual']];
  for (let i = 0; i < n; i++) rows.push([`KPI ${i}`, `owner${i % 5}@example.com`, i % 2 ? 'lower' : 'higher', 100, 80 + (i % 40)]);
  return rows;
}

/** A wide KPI sheet with `n` KPIs and one column per month (Jan–Jun 2026, in columns E:J). */
export function generatedWideKpiSheet(n: number): Cell[][] {
  const months = ['Jan 2026', 'Feb 2026', 'Mar 2026', 'Apr 2026', 'May 2026', 'Jun 2026'];
  const rows: Cell[][] = [['KPI', 'Owner', 'Direction', 'Target', ...months]];
  for (let i = 0; i < n; i++) rows.push([`KPI ${i}`, `owner${i % 5}@example.com`, i % 2 ? 'lower' : 'higher', 100, ...months.map((_, m) => (i % 11 === 3 && m === 5 ? '' : 70 + ((i * 7 + m * 5) % 50)))]);
  return rows;
}

/** An OKR sheet with `n` key results, every third linked to a KPI of generatedWideKpiSheet (`KPI 0`…), one to a KPI that does not exist. */
export function generatedLinkedOkrSheet(n: number): Cell[][] {
  const rows: Cell[][] = [['Objective', 'Key result', 'Owner', 'Period', 'Start', 'Target', 'Current', 'Linked KPI']];
  for (let i = 0; i < n; i++) {
    const objective = i % 4 === 0 ? `Objective ${i / 4 + 1}` : '';
    const link = i === 1 ? 'No such KPI' : i % 3 === 0 ? `KPI ${i % 10}` : '';
    rows.push([objective, `Raise metric ${i}`, `owner${i % 9}@example.com`, 'Q3 2026', 50, 120, 50 + ((i * 37) % 70), link]);
  }
  return rows;
}
