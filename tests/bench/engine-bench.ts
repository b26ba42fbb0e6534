import { readSheet } from '../../shared/read-sheet';
import type { Cell } from '../../shared/types';
import { goal } from './goal';

const ROWS = 100_000;

/** A 100,000-row OKR sheet as getValues() returns it: numbers, text with units and percents, fill-down. */
export function generateOkrSheet(rows: number): Cell[][] {
  const values: Cell[][] = [['Objective', 'Key result', 'Owner', 'Start', 'Target', 'Current', 'Period', 'Type', 'Weight']];
  for (let i = 0; i < rows; i++) {
    const first = i % 4 === 0;
    const variant = i % 5;
    const start = variant === 1 ? '65%' : variant === 2 ? '$250,000' : 100 + (i % 50);
    const target = variant === 1 ? '75%' : variant === 2 ? '$200k' : variant === 3 ? '70-80%' : 200 + (i % 70);
    const current = variant === 1 ? '71%' : variant === 2 ? '$231.5k' : variant === 3 ? '83 %' : 150 + (i % 90);
    values.push([first ? `Objective ${i / 4}` : '', `Key result ${i}`, `owner${i % 37}@example.com`, variant === 3 ? '' : start, target, current, first ? 'Q3 2026' : '', first ? 'committed' : '', 1]);
  }
  return values;
}

/** The floor: convert each cell with Number() and do the progress arithmetic, nothing else. */
function floorLoop(values: Cell[][]): number {
  let sum = 0;
  for (let r = 1; r < values.length; r++) {
    const row = values[r]!;
    let numbers = 0;
    for (let c = 0; c < row.length; c++) {
      const n = Number(row[c]);
      if (n === n) numbers++;
    }
    const s = Number(row[3]);
    const t = Number(row[4]);
    const c = Number(row[5]);
    const p = (c - s) / (t - s);
    if (p === p) sum += p < 0 ? 0 : p > 1 ? 1 : p;
    sum += numbers * 0;
  }
  return sum;
}

/** A stricter floor: Number() on the start, target and current cells only. */
function floorLoopThreeCells(values: Cell[][]): number {
  let sum = 0;
  for (let r = 1; r < values.length; r++) {
    const row = values[r]!;
    const s = Number(row[3]);
    const t = Number(row[4]);
    const c = Number(row[5]);
    const p = (c - s) / (t - s);
    if (p === p) sum += p < 0 ? 0 : p > 1 ? 1 : p;
  }
  return sum;
}

function best(times: number, fn: () => unknown): number {
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

export async function engineBench(): Promise<void> {
  const values = generateOkrSheet(ROWS);
  readSheet(values, { asOf: '2026-08-15' }); // warm up
  const engine = best(5, () => readSheet(values, { asOf: '2026-08-15' }));
  const floor = best(20, () => floorLoop(values));
  const floor3 = best(20, () => floorLoopThreeCells(values));
  const report = readSheet(values, { asOf: '2026-08-15' });
  const krs = report.objectives.reduce((n, o) => n + o.keyResults.length, 0);
  console.log(`readSheet ${ROWS.toLocaleString('en-US')} OKR rows (${report.objectives.length.toLocaleString('en-US')} objectives, ${krs.toLocaleString('en-US')} KRs): ${engine.toFixed(1)} ms, ${Math.round(ROWS / (engine / 1000)).toLocaleString('en-US')} rows/s`);
  console.log(`floor loop (Number() + progress arithmetic): ${floor.toFixed(2)} ms`);
  goal('ratio engine / floor', engine / floor, 8, 'x');
  console.log(`(stricter floor, Number() on start/target/current only: ${floor3.toFixed(2)} ms, ratio ${(engine / floor3).toFixed(1)}x)`);
}
