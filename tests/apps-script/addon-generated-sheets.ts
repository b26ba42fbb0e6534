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
