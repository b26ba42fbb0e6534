/**
 * `npm run bench` — the Sheets add-on: service calls and engine time for Score this sheet on 10k and 50k
 * rows (built Code.js on the local Apps Script service), with the projected Apps Script time at 100 ms
 * per service call, plus the custom functions over a 10,000-row column.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildAddOn } from '../../apps-script/build/build-add-on';
import { createLocalAppsScript } from '../../apps-script/local/create-local-apps-script';
import { loadCode } from '../../apps-script/local/load-code';
import { readSheet } from '../../shared/read-sheet';
import type { Cell } from '../../shared/types';
import { generatedKpiSheet, generatedOkrSheet } from '../apps-script/addon-generated-sheets';
import { mark } from './goal';
import { timeOnEdit } from './time-on-edit';

const MS_PER_CALL = 100;
/** Apps Script's limits: one execution (a menu command) 6 minutes; a simple trigger (onEdit) and a custom function call 30 s. */
const EXECUTION_LIMIT_S = 360;
const TRIGGER_LIMIT_S = 30;

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

export async function addOnBench(): Promise<void> {
  const built = await buildAddOn({ outDir: mkdtempSync(path.join(tmpdir(), 'scorecard-bench-')) });
  const cases: [string, (n: number) => Cell[][], number][] = [
    ['OKR', generatedOkrSheet, 10_000],
    ['OKR', generatedOkrSheet, 50_000],
    ['KPI', generatedKpiSheet, 10_000],
    ['KPI', generatedKpiSheet, 50_000],
  ];
  console.log('| sheet | rows | calls (first / re-score) | engine (readSheet) | Score this sheet on the local service | projected in Apps Script (goal: the 6-min execution limit) | onEdit: calls, local time | onEdit projected (goal: the 30 s trigger limit) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [kind, make, n] of cases) {
    const grid = make(n);
    const local = createLocalAppsScript({ htmlDir: built.outDir });
    local.addSheet('Data', grid as (string | number)[][]);
    local.addSheet('Scorecard settings', [['Setting', 'Value'], ['As-of date', '2026-08-15']]);
    local.removeSheet('Sheet1');
    local.select('Data', 'A1');
    const code = loadCode(built.codePath, local);

    const values = local.values('Data') as Cell[][];
    let t = performance.now();
    readSheet(values, { asOf: '2026-08-15', locale: 'en-US' });
    const engine = performance.now() - t;

    local.resetCallLog();
    t = performance.now();
    code.call('scoreThisSheet');
    const first = performance.now() - t;
    const firstCalls = local.callCount();
    local.resetCallLog();
    t = performance.now();
    code.call('scoreThisSheet');
    const again = performance.now() - t;
    const againCalls = local.callCount();
    const projected = engine + againCalls * MS_PER_CALL;

    // onEdit: a person changes one input cell in the middle of the sheet.
    const { ms: edit, calls: editCalls } = timeOnEdit(local, code, Math.floor(n / 2), kind === 'OKR' ? 7 : 5);
    console.log(
      `| ${kind} | ${n.toLocaleString('en-US')} | ${firstCalls} / ${againCalls} | ${fmt(engine)} | ${fmt(first)} / ${fmt(again)} | ${mark(`${kind} ${n} rows: Score this sheet projected in Apps Script`, projected / 1000, EXECUTION_LIMIT_S, 's')} (${againCalls} × ${MS_PER_CALL} ms + engine) | ${editCalls}, ${fmt(edit)} | ${mark(`${kind} ${n} rows: onEdit projected in Apps Script`, (editCalls * MS_PER_CALL + engine) / 1000, TRIGGER_LIMIT_S, 's')} |`,
    );
  }

  const local = createLocalAppsScript({ htmlDir: built.outDir });
  const code = loadCode(built.codePath, local);
  const n = 10_000;
  const column = (f: (i: number) => Cell): Cell[][] => Array.from({ length: n }, (_, i) => [f(i)]);
  const starts = column((i) => i % 100);
  const targets = column((i) => (i % 11 === 0 ? '70-80%' : 150));
  const currents = column((i) => `${(i * 7) % 120}`);
  local.resetCallLog();
  let t = performance.now();
  const scores = code.runCustomFunction('KR_SCORE', starts, targets, currents) as Cell[][];
  const krScore = performance.now() - t;
  t = performance.now();
  code.runCustomFunction('KR_STATUS', scores, 'committed', 0.5);
  const krStatus = performance.now() - t;
  t = performance.now();
  code.runCustomFunction('KPI_STATUS', currents, targets, 'higher');
  const kpiStatus = performance.now() - t;
  t = performance.now();
  code.runCustomFunction('PARSE_NUMBER', column((i) => `$${i},${String(i % 1000).padStart(3, '0')}.50`));
  const parse = performance.now() - t;
  console.log(`\nCustom functions over ${n.toLocaleString('en-US')} rows (one call each, ${local.callCount()} service calls; goal: the 30 s custom function limit):`);
  const calls: [string, number][] = [['KR_SCORE', krScore], ['KR_STATUS', krStatus], ['KPI_STATUS', kpiStatus], ['PARSE_NUMBER', parse]];
  for (const [name, time] of calls) console.log(`- ${name}: ${mark(`${name} over ${n} rows`, time / 1000, TRIGGER_LIMIT_S, 's')}`);
}
