import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createLocalAppsScript } from '../../apps-script/local/create-local-apps-script';
import { loadCode } from '../../apps-script/local/load-code';

const CODE = `
var lib = (function () {
  function onOpen() {
    var ui = SpreadsheetApp.getUi();
    ui.createMenu('Scorecard')
      .addItem('Score this sheet', 'scoreThisSheet')
      .addSeparator()
      .addSubMenu(ui.createMenu('More').addItem('Settings', 'openSettings'))
      .addToUi();
  }
  function scoreThisSheet() {
    var sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    var values = sheet.getDataRange().getValues();
    var out = values.slice(1).map(function (r) { return [r[1] * 2]; });
    sheet.getRange(2, 3, out.length, 1).setValues(out);
    return values[1][2] instanceof Date && Array.isArray(values) && values instanceof Array;
  }
  function failing() {
    try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return e instanceof Error && e.name; }
  }
  function KR_SCORE(start, target, current) { return (current - start) / (target - start); }
  function WRITE_BACK() { SpreadsheetApp.getActiveSheet().getRange('A1').setValue('x'); }
  return { onOpen: onOpen, scoreThisSheet: scoreThisSheet, failing: failing, KR_SCORE: KR_SCORE, WRITE_BACK: WRITE_BACK };
})();
function onOpen(e) { return lib.onOpen(e); }
function scoreThisSheet() { return lib.scoreThisSheet(); }
function failing() { return lib.failing(); }
/** @customfunction */
function KR_SCORE(a, b, c) { return lib.KR_SCORE(a, b, c); }
function WRITE_BACK() { return lib.WRITE_BACK(); }
`;

function rows(n: number): (string | number | Date)[][] {
  const out: (string | number | Date)[][] = [['KR', 'Value', 'Double']];
  for (let i = 0; i < n; i++) out.push([`kr ${i}`, i, new Date(Date.UTC(2026, 0, 1))]);
  return out;
}

describe('loadCode', () => {
  test('no calls at load; menus wired; missing functions reported', () => {
    const local = createLocalAppsScript();
    const code = loadCode(CODE, local);
    expect(code.callsDuringLoad).toEqual([]);
    expect(code.functionNames).toEqual(['onOpen', 'scoreThisSheet', 'failing', 'KR_SCORE', 'WRITE_BACK']);
    code.call('onOpen', {});
    expect(local.ui.menus[0]?.items).toEqual([
      { type: 'item', caption: 'Score this sheet', functionName: 'scoreThisSheet' },
      { type: 'separator' },
      { type: 'submenu', caption: 'More', items: [{ type: 'item', caption: 'Settings', functionName: 'openSettings' }] },
    ]);
    expect(code.missingMenuFunctions()).toEqual(['openSettings']);
  });

  test('a load-time service call is recorded', () => {
    const local = createLocalAppsScript();
    const code = loadCode('var sheet = SpreadsheetApp.getActive();\nfunction f() {}', local);
    expect(code.callsDuringLoad.map((c) => `${c.service}.${c.method}`)).toEqual(['SpreadsheetApp.getActive']);
  });

  test('values, Dates and errors come back in the script realm', () => {
    const local = createLocalAppsScript();
    local.addSheet('S', rows(2));
    local.select('S', 'A1');
    const code = loadCode(CODE, local);
    expect(code.call('scoreThisSheet')).toBe(true);
    expect(code.call('failing')).toBe('Exception');
    expect(local.values('S').map((r) => r[2])).toEqual(['Double', 0, 2]);
  });

  test('loads from a file path; Apps Script lacks setTimeout and require', () => {
    const dir = mkdtempSync(join(tmpdir(), 'local-as-'));
    writeFileSync(join(dir, 'Code.js'), 'function probe() { return [typeof setTimeout, typeof require, typeof process, typeof SpreadsheetApp]; }\n');
    const code = loadCode(join(dir, 'Code.js'), createLocalAppsScript());
    expect(code.call('probe')).toEqual(['undefined', 'undefined', 'undefined', 'object']);
  });

  test('service calls for 10 rows equal those for 10,000', () => {
    const count = (n: number) => {
      const local = createLocalAppsScript();
      local.addSheet('S', rows(n), { maxRows: n + 1 });
      local.select('S', 'A1');
      const code = loadCode(CODE, local);
      local.resetCallLog();
      code.call('scoreThisSheet');
      return local.callCount();
    };
    expect(count(10)).toBe(count(10_000));
    expect(count(10)).toBe(6);
  });

  test('custom functions run from formulas and may not write', () => {
    const local = createLocalAppsScript();
    const sheet = local.addSheet('S', [['=KR_SCORE(0, 100, B1)', 40]]);
    const code = loadCode(CODE, local);
    expect(sheet.getRange('A1').getValue()).toBe(0.4);
    expect(code.runCustomFunction('KR_SCORE', 0, 10, 5)).toBe(0.5);
    expect(() => code.runCustomFunction('WRITE_BACK')).toThrow('You do not have permission to call setValue');
    expect(() => code.call('WRITE_BACK')).not.toThrow();
  });
});

describe('call log', () => {
  test('builders and geometry are not counted; range reads and writes are', () => {
    const local = createLocalAppsScript();
    const app = local.globals.SpreadsheetApp;
    const sheet = local.addSheet('S', [['a']]);
    local.resetCallLog();
    const range = sheet.getRange('A1:B2');
    range.getRow();
    range.getA1Notation();
    app.newConditionalFormatRule().whenCellEmpty().setBackground('red').setRanges([range]).build();
    app.newDataValidation().requireCheckbox().build();
    expect(local.callCount()).toBe(1);
    range.getValues();
    sheet.setConditionalFormatRules([]);
    expect(local.callCount()).toBe(3);
    expect(local.calls.filter((c) => c.counted).map((c) => `${c.service}.${c.method}`)).toEqual(['Sheet.getRange', 'Range.getValues', 'Sheet.setConditionalFormatRules']);
    expect(local.calls.find((c) => c.method === 'build')?.counted).toBe(false);
    local.resetCallLog();
    expect([local.callCount(), local.calls.length]).toEqual([0, 0]);
  });
});

describe('LockService', () => {
  test('another user holding the lock: waitLock throws, tryLock fails', () => {
    const local = createLocalAppsScript();
    const locks = local.globals.LockService;
    local.holdLockAsOtherUser('document');
    const lock = locks.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(10_000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(lock.hasLock()).toBe(false);
    expect(locks.getScriptLock().tryLock(10)).toBe(true);
    local.releaseLock('document');
    lock.waitLock(10_000);
    expect(lock.hasLock()).toBe(true);
    expect(local.lockHolder('document')).toBe('self');
    lock.releaseLock();
    expect(local.lockHolder('document')).toBeNull();
    expect(() => lock.waitLock(undefined as never)).toThrow('Invalid argument');
  });
});

describe('PropertiesService', () => {
  test('strings in, strings out; null for missing; 9 KB value limit', () => {
    const local = createLocalAppsScript();
    const props = local.globals.PropertiesService.getDocumentProperties();
    expect(props.getProperty('nope')).toBeNull();
    props.setProperty('n', 5 as never);
    expect(props.getProperty('n')).toBe('5');
    props.setProperties({ a: '1', b: '2' });
    expect(props.getProperties()).toEqual({ n: '5', a: '1', b: '2' });
    props.setProperties({ c: '3' }, true);
    expect(props.getKeys()).toEqual(['c']);
    props.deleteProperty('c');
    expect(local.properties.document.size).toBe(0);
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large');
    expect(local.globals.PropertiesService.getUserProperties().getProperty('c')).toBeNull();
  });
});

describe('Ui and HtmlService', () => {
  test('sidebar from an HTML file; missing file throws', () => {
    const dir = mkdtempSync(join(tmpdir(), 'local-html-'));
    writeFileSync(join(dir, 'Sidebar.html'), '<div id="app"></div>');
    const local = createLocalAppsScript({ htmlDir: dir });
    const html = local.globals.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Scorecard').setWidth(300);
    local.globals.SpreadsheetApp.getUi().showSidebar(html);
    expect(local.ui.shown).toHaveLength(1);
    expect(local.ui.shown[0]).toMatchObject({ kind: 'sidebar', title: 'Scorecard' });
    expect(local.ui.shown[0]?.html.getContent()).toBe('<div id="app"></div>');
    expect(() => local.globals.HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
    expect(() => local.globals.SpreadsheetApp.getUi().showSidebar('<p>' as never)).toThrow('HtmlOutput');
  });

  test('alerts answer from the queue with enum buttons', () => {
    const local = createLocalAppsScript();
    const ui = local.globals.SpreadsheetApp.getUi();
    local.ui.alertAnswers.push('NO');
    expect(ui.alert('Overwrite?', 'Column F has values', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    expect(String(ui.Button.OK)).toBe('OK');
    expect(ui.Button.OK === ('OK' as never)).toBe(false);
    expect(local.ui.alerts.map((a) => a.title)).toEqual(['Overwrite?', '']);
    expect(() => ui.alert('x', 'y', 'YES_NO' as never)).toThrow('ButtonSet');
    local.ui.promptAnswers.push({ button: 'OK', text: 'Q1' });
    const res = ui.prompt('Period?', ui.ButtonSet.OK_CANCEL);
    expect([res.getResponseText(), res.getSelectedButton()]).toEqual(['Q1', ui.Button.OK]);
  });

  test('template scriptlets', () => {
    const local = createLocalAppsScript({ htmlFiles: { Page: '<b><?= name ?></b><?!= raw ?>' } });
    const t = local.globals.HtmlService.createTemplateFromFile('Page');
    t.name = '<x>';
    t.raw = '<i>ok</i>';
    expect(t.evaluate().getContent()).toBe('<b>&lt;x&gt;</b><i>ok</i>');
  });
});

describe('Session and Utilities', () => {
  test('active user email is empty unless configured; formatDate uses the given zone', () => {
    const local = createLocalAppsScript({ timeZone: 'Asia/Tokyo' });
    expect(local.globals.Session.getActiveUser().getEmail()).toBe('');
    expect(local.globals.Session.getScriptTimeZone()).toBe('Asia/Tokyo');
    const other = createLocalAppsScript({ userEmail: 'ana@example.com' });
    expect(other.globals.Session.getActiveUser().getEmail()).toBe('ana@example.com');
    const d = new Date('2026-11-30T23:30:00Z');
    const u = local.globals.Utilities;
    expect(u.formatDate(d, 'Asia/Tokyo', 'yyyy-MM-dd HH:mm')).toBe('2026-12-01 08:30');
    expect(u.formatDate(d, 'America/New_York', "EEE, d MMM yyyy 'at' h:mm a")).toBe('Mon, 30 Nov 2026 at 6:30 PM');
    expect(u.formatDate(d, 'UTC', 'yyyy-MM-dd\'T\'HH:mm:ssXXX')).toBe('2026-11-30T23:30:00Z');
    expect(() => u.formatDate(d, 'Not/AZone', 'yyyy')).toThrow('Invalid argument');
  });
});

describe('trigger events and auth modes', () => {
  const TRIGGERS = `
function onOpen(e) {
  var menu = e.authMode === ScriptApp.AuthMode.NONE ? SpreadsheetApp.getUi().createAddonMenu() : SpreadsheetApp.getUi().createAddonMenu();
  menu.addItem('Score', 'score').addToUi();
  if (e.authMode !== ScriptApp.AuthMode.NONE) PropertiesService.getDocumentProperties().setProperty('opened', 'yes');
}
function openBadly(e) { PropertiesService.getDocumentProperties().getProperty('x'); }
function onEdit(e) {
  return [e.range.getA1Notation(), e.value, e.oldValue, e.authMode === ScriptApp.AuthMode.LIMITED, e.source.getName()];
}
function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>x</p>')); }
function score() {}
`;

  test('onOpen in NONE may only build the add-on menu', () => {
    const local = createLocalAppsScript();
    const code = loadCode(TRIGGERS, local);
    code.open('NONE');
    expect(local.ui.menus.map((m) => [m.caption, m.addon])).toEqual([['OKR & KPI Scorecard', true]]);
    expect(local.properties.document.get('opened')).toBeUndefined();
    expect(() => code.withAuthMode('NONE', () => code.call('openBadly'))).toThrow('You do not have permission to call PropertiesService.getDocumentProperties');
    expect(() => code.withAuthMode('NONE', () => local.globals.SpreadsheetApp.getUi().createMenu('X'))).toThrow('createAddonMenu');
    code.open('LIMITED');
    expect(local.properties.document.get('opened')).toBe('yes');
  });

  test('simple triggers cannot open sidebars', () => {
    const local = createLocalAppsScript();
    const code = loadCode(TRIGGERS, local);
    expect(() => code.withAuthMode('LIMITED', () => code.call('sidebar'))).toThrow('You do not have permission to call Ui.showSidebar');
    code.call('sidebar');
    expect(local.ui.shown).toHaveLength(1);
  });

  test('edit writes like a person and fires onEdit with value and oldValue strings', () => {
    const local = createLocalAppsScript({ name: 'Team OKRs' });
    local.addSheet('S', [['KR', 'Current'], ['a', 5]]);
    const code = loadCode(TRIGGERS, local);
    local.resetCallLog();
    expect(code.edit('S', 'B2', '1,200')).toEqual(['B2', '1200', '5', true, 'Team OKRs']);
    expect(local.values('S')[1]).toEqual(['a', 1200]);
    expect(code.edit('S', 'A3:B3', [['b', '7']])).toEqual(['A3:B3', undefined, undefined, true, 'Team OKRs']);
    expect(local.values('S')[2]).toEqual(['b', 7]);
    // The edits themselves are not service calls; only onEdit's own calls are.
    expect(local.calls.filter((c) => c.counted).map((c) => `${c.service}.${c.method}`)).toEqual(['Spreadsheet.getName', 'Spreadsheet.getName']);
  });
});

describe('serverCall (google.script.run)', () => {
  const SERVER = `
function getDashboard(filter) { return { rows: [{ name: 'a', score: 0.5 }], filter: filter, when: null }; }
function withDate() { return { rows: [], asOf: new Date() }; }
function echo(x) { return x; }
function secret_() { return 1; }
function writes() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('x')); return 'ok'; }
`;

  test('plain data round-trips; a Date in the result makes it null; Dates and private names are refused', () => {
    const local = createLocalAppsScript();
    const code = loadCode(SERVER, local);
    expect(code.serverCall('getDashboard', { owner: 'me' })).toEqual({ rows: [{ name: 'a', score: 0.5 }], filter: { owner: 'me' }, when: null });
    expect(code.serverCall('withDate')).toBeNull();
    expect(code.serverCall('echo', [1, 'x', true, null])).toEqual([1, 'x', true, null]);
    expect(() => code.serverCall('echo', { at: new Date() })).toThrow('illegal value in property: argument.at');
    expect(() => code.serverCall('secret_')).toThrow('private');
    expect(code.serverCall('writes')).toBe('ok');
  });
});
