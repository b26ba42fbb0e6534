/**
 * `npm run bench history` — check-ins over time: Score this sheet on 10,000 KRs with a 100,000-row
 * `Scorecard history` tab (ten earlier days of every KR), on the built Code.js and the local Apps Script
 * service: service calls, engine time (readSheet, then reading the history, replacing the day and every
 * KR's trend), local wall time, and the projected Apps Script time at 100 ms per call; then onEdit.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildAddOn } from '../../apps-script/build/build-add-on';
import { createLocalAppsScript } from '../../apps-script/local/create-local-apps-script';
import { loadCode } from '../../apps-script/local/load-code';
import { planHistory } from '../../apps-script/commands/plan-history';
import { HISTORY_COLUMNS, HISTORY_SHEET_NAME } from '../../shared/history-columns';
import { historyRow } from '../../shared/history-row';
import { readHistory } from '../../shared/read-history';
import { readSheet } from '../../shared/read-sheet';
import { isoDate } from '../../shared/calendar-day';
import { parseDateDay } from '../../shared/parse-date';
import type { Cell } from '../../shared/types';
import { generatedOkrSheet } from '../apps-script/addon-generated-sheets';
import { mark } from './goal';
import { timeOnEdit } from './time-on-edit';

const MS_PER_CALL = 100;
const EXECUTION_LIMIT_S = 360;
const TRIGGER_LIMIT_S = 30;
const AS_OF = '2026-08-15';

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

export async function historyBench(): Promise<void> {
  const built = await buildAddOn({ outDir: mkdtempSync(path.join(tmpdir(), 'scorecard-bench-history-')) });
  const krs = 10_000;
  const days = 10;
  const local = createLocalAppsScript({ htmlDir: built.outDir });
  local.addSheet('Data', generatedOkrSheet(krs) as (string | number)[][]);
  local.addSheet('Scorecard settings', [['Setting', 'Value'], ['As-of date', AS_OF]]);
  local.removeSheet('Sheet1');
  local.select('Data', 'A1');
  const code = loadCode(built.codePath, local);
  code.call('scoreThisSheet'); // ids and today's rows

  // Ten earlier days of every KR (100,000 rows), before today's.
  const today = readHistory(local.values(HISTORY_SHEET_NAME) as Cell[][]).entries;
  const start = parseDateDay(AS_OF)! - days;
  const rows: Cell[][] = [[...HISTORY_COLUMNS]];
  for (let d = 0; d < days; d++) for (const e of today) rows.push(historyRow({ ...e, date: isoDate(start + d), score: e.score === null ? null : Math.round(e.score * (d + 1) * 10) / (10 * days) }));
  rows.push(...today.map(historyRow));
  local.removeSheet(HISTORY_SHEET_NAME);
  local.addSheet(HISTORY_SHEET_NAME, rows);
  const historyRows = rows.length - 1;

  // The engine alone: readSheet, then the history (read, replace the day, every KR's trend).
  const values = local.values('Data') as Cell[][];
  const historyValues = local.values(HISTORY_SHEET_NAME) as Cell[][];
  let t = performance.now();
  const report = readSheet(values, { asOf: AS_OF, locale: 'en-US' });
  const read = performance.now() - t;
  t = performance.now();
  planHistory(report, { sheetName: 'Data', values: historyValues, newId: () => 'knew00', record: true }, AS_OF);
  const history = performance.now() - t;
  const engine = read + history;

  local.resetCallLog();
  t = performance.now();
  code.call('scoreThisSheet');
  const wall = performance.now() - t;
  const calls = local.callCount();
  const after = local.values(HISTORY_SHEET_NAME).length - 1;
  const projected = engine + calls * MS_PER_CALL;

  const { ms: edit, calls: editCalls } = timeOnEdit(local, code, Math.floor(krs / 2), 7);

  console.log('| KRs | history rows | calls | engine: readSheet + history | Score this sheet on the local service | projected in Apps Script (goal: the 6-min execution limit) | onEdit: calls, local time | onEdit projected (goal: the 30 s trigger limit) |');
  console.log('|---|---|---|---|---|---|---|---|');
  console.log(
    `| ${krs.toLocaleString('en-US')} | ${historyRows.toLocaleString('en-US')} (→ ${after.toLocaleString('en-US')}, the day replaced) | ${calls} | ${fmt(read)} + ${fmt(history)} | ${fmt(wall)} | ${mark(`History: Score this sheet on ${krs} KRs with ${historyRows} history rows, projected`, projected / 1000, EXECUTION_LIMIT_S, 's')} (${calls} × ${MS_PER_CALL} ms + engine) | ${editCalls}, ${fmt(edit)} | ${mark(`History: onEdit on ${krs} KRs with ${historyRows} history rows, projected`, (editCalls * MS_PER_CALL + engine) / 1000, TRIGGER_LIMIT_S, 's')} |`,
  );
}
