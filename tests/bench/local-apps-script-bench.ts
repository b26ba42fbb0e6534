import { createLocalAppsScript } from '../../apps-script/local/create-local-apps-script';

const ROWS = 10_000;

function ms(start: number): string {
  return `${(performance.now() - start).toFixed(0)} ms`;
}

/** The in-memory Apps Script itself: how much of a test's time is the stand-in, not the add-on. */
export async function localAppsScriptBench(): Promise<void> {
  const rows = Array.from({ length: ROWS }, (_, i) => [`kr ${i}`, 'owner@example.com', i, 100, i / 2, '2026-12-31', i % 3 ? 'green' : 'red', 0.5, '', 'x']);
  const local = createLocalAppsScript();
  let t = performance.now();
  const sheet = local.addSheet('Big', rows, { maxRows: ROWS + 1 });
  console.log(`addSheet ${ROWS} x 10: ${ms(t)}`);
  t = performance.now();
  sheet.getDataRange().getValues();
  console.log(`getValues ${ROWS} x 10: ${ms(t)}`);
  t = performance.now();
  sheet.getRange(1, 11, ROWS, 3).setValues(rows.map((r) => ['12%', '1,234', r[0]]));
  console.log(`setValues ${ROWS} x 3 strings read as typed input: ${ms(t)}`);
  const app = local.globals.SpreadsheetApp;
  sheet.setConditionalFormatRules([
    app.newConditionalFormatRule().whenFormulaSatisfied('=$G1="red"').setBackground('#f4c7c3').setRanges([sheet.getRange(`A1:J${ROWS}`)]).build(),
    app.newConditionalFormatRule().whenTextEqualTo('green').setBackground('#b7e1cd').setRanges([sheet.getRange('G:G')]).build(),
  ]);
  t = performance.now();
  local.evaluateConditionalFormats('Big');
  console.log(`evaluateConditionalFormats ${ROWS} x 13 (custom formula + text rule): ${ms(t)}`);
  t = performance.now();
  sheet.insertColumnBefore(1);
  console.log(`insertColumnBefore on ${ROWS} rows: ${ms(t)}`);
}
