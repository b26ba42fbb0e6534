import { a1Notation, parseA1Notation } from './a1-notation';
import { callLog, type CallRecord } from './call-log';
import { evaluateConditionalFormats, type CellLook } from './evaluate-conditional-formats';
import type { LocalEnv } from './local-env';
import { localHtmlService } from './local-html-service';
import { localLockService, type LockKind, type LockState } from './local-lock-service';
import { localPropertiesService, type PropertyStores } from './local-properties-service';
import { localRealm, type LocalRealm } from './local-realm';
import type { LocalSheet } from './local-sheet';
import { localSession } from './local-session';
import { LocalSpreadsheet } from './local-spreadsheet';
import { localSpreadsheetApp } from './local-spreadsheet-app';
import { localUi, type UiRecord } from './local-ui';
import { localLogging, type LogLine } from './local-logging';
import { localUtilities } from './local-utilities';
import { localScriptApp } from './local-script-app';
import type { CellData } from './model-types';
import type { StoredValue } from './parse-typed-input';
import { SheetModel } from './sheet-model';
import { sheetView, type SheetView } from './sheet-view';
import { dateSerial, SpreadsheetModel } from './spreadsheet-model';
import type { LocalRange } from './local-range';
import { writeCellValue } from './write-cell-value';

/** A fixture cell: what getValues returns (`''`/null blank). */
export type FixtureCell = string | number | boolean | Date | null;

export interface LocalAppsScriptOptions {
  /** Folder with the built `<name>.html` files (e.g. `dist/apps-script`). */
  htmlDir?: string;
  /** In-memory HTML files by name (without `.html`). */
  htmlFiles?: Record<string, string>;
  /** Spreadsheet time zone (default `America/New_York`, on purpose not UTC). */
  timeZone?: string;
  /** Script time zone from appsscript.json (default: same as timeZone). */
  scriptTimeZone?: string;
  /** Spreadsheet locale (default `en_US`). */
  locale?: string;
  /** Session.getActiveUser().getEmail() (default '' as under currentonly for consumer accounts). */
  userEmail?: string;
  effectiveUserEmail?: string;
  /** Session.getActiveUserLocale() (default `en`). */
  userLocale?: string;
  /** Spreadsheet name and id. */
  name?: string;
  id?: string;
  /** Add-on name used as the caption of createAddonMenu() (default `OKR & KPI Scorecard`). */
  addonName?: string;
  /** The clock (default real time); used for dates typed without a year. */
  now?: () => Date;
  /** Echo Logger/console lines to stderr. */
  echoLogs?: boolean;
  /** Start with one empty `Sheet1` (default true, like a new spreadsheet). */
  startWithSheet1?: boolean;
}

export interface AddSheetOptions {
  /** Read strings as typed input (like a person typing or pasting): '12%' → 0.12, '=A1' → formula. Default false: strings stay text, except those starting with '=' which become formulas. */
  typed?: boolean;
  /** Sheet size (default 1000 x 26, grown to fit the values). */
  maxRows?: number;
  maxColumns?: number;
  /** Insert position (0-based); default at the end. */
  index?: number;
}

export interface FormulaCell {
  sheet: string;
  a1: string;
  row: number;
  column: number;
  formula: string;
}

/**
 * Creates an in-memory Apps Script: globals for the add-on (SpreadsheetApp,
 * HtmlService, PropertiesService, LockService, Session, Utilities, Logger,
 * console) bound to one spreadsheet, plus helpers for tests and the preview.
 */
export function createLocalAppsScript(options: LocalAppsScriptOptions = {}) {
  const log = callLog();
  const timeZone = options.timeZone ?? 'America/New_York';
  const env: LocalEnv = {
    log,
    realm: localRealm(),
    timeZone,
    locale: options.locale ?? 'en_US',
    now: options.now ?? (() => new Date()),
    customFunction: false,
    authMode: 'FULL',
    functions: {},
  };
  const model = new SpreadsheetModel(env, options.name ?? 'Local spreadsheet', options.id ?? '1LocalSpreadsheetId0000000000000000000000000');
  const spreadsheet = new LocalSpreadsheet(model);
  if (options.startWithSheet1 !== false) model.sheets.push(new SheetModel(model.newSheetId(), 'Sheet1', 1000, 26));
  const uiRecord: UiRecord = { menus: [], shown: [], alerts: [], prompts: [], alertAnswers: [], promptAnswers: [] };
  const ui = localUi(env, uiRecord, options.addonName ?? 'OKR & KPI Scorecard');
  const stores: PropertyStores = { document: new Map(), user: new Map(), script: new Map() };
  const lockState: LockState = { holder: { document: null, script: null, user: null } };
  const logLines: LogLine[] = [];
  const logging = localLogging(env, logLines, options.echoLogs ?? false);

  const globals = {
    SpreadsheetApp: localSpreadsheetApp(env, spreadsheet, ui),
    HtmlService: localHtmlService(env, { htmlDir: options.htmlDir, htmlFiles: options.htmlFiles }),
    PropertiesService: localPropertiesService(env, stores),
    LockService: localLockService(env, lockState),
    Session: localSession(env, {
      userEmail: options.userEmail ?? '',
      effectiveUserEmail: options.effectiveUserEmail ?? 'owner@example.com',
      scriptTimeZone: options.scriptTimeZone ?? timeZone,
      userLocale: options.userLocale ?? 'en',
    }),
    Utilities: localUtilities(env),
    ScriptApp: localScriptApp(env),
    Logger: logging.Logger,
    console: logging.console,
  };

  const sheetModel = (sheet: string | LocalSheet): SheetModel => {
    const m = typeof sheet === 'string' ? model.sheetByName(sheet) : sheet.__model;
    if (!m || !model.sheets.includes(m)) throw new Error(`No sheet ${typeof sheet === 'string' ? sheet : '(deleted)'}`);
    return m;
  };

  return {
    globals,
    env,
    /** The spreadsheet (same object SpreadsheetApp.getActive() returns). Calls on it are logged too. */
    spreadsheet,
    /** Every recorded call, in order. */
    calls: log.calls as readonly CallRecord[],
    /** Counted service calls since the last reset (see call-log.ts for what counts). */
    callCount: (): number => log.count(),
    resetCallLog: (): void => log.reset(),
    /** Menus, sidebars/dialogs shown, alerts and prompts. Push to alertAnswers / promptAnswers to script the user's answers. */
    ui: uiRecord,
    toasts: model.toasts,
    logs: logLines,
    /** What Session.getActiveUser().getEmail() returns. */
    userEmail: options.userEmail ?? '',
    /** The raw property stores (document / user / script). */
    properties: stores,
    /** Simulate another user holding a lock (waitLock throws, tryLock returns false) until releaseLock(kind). */
    holdLockAsOtherUser(kind: LockKind = 'document'): void {
      lockState.holder[kind] = 'other';
    },
    releaseLock(kind: LockKind = 'document'): void {
      lockState.holder[kind] = null;
    },
    lockHolder: (kind: LockKind = 'document') => lockState.holder[kind],

    /** Adds a sheet filled with `values` without logging any call. */
    addSheet(name: string, values: FixtureCell[][] = [], opts: AddSheetOptions = {}): LocalSheet {
      if (model.sheetByName(name)) throw new Error(`Sheet ${name} already exists`);
      const width = values.reduce((n, r) => Math.max(n, r.length), 0);
      const sheet = new SheetModel(model.newSheetId(), name, Math.max(opts.maxRows ?? 1000, values.length), Math.max(opts.maxColumns ?? 26, width));
      if (opts.index === undefined) model.sheets.push(sheet);
      else model.sheets.splice(opts.index, 0, sheet);
      values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === '') return;
          const cell = sheet.ensureCell(r + 1, c + 1);
          if (opts.typed || (typeof v === 'string' && v.startsWith('=') && v.length > 1)) writeCellValue(env, cell, v);
          else if (v instanceof Date) writeCellValue(env, cell, v);
          else cell.value = v;
        }),
      );
      return spreadsheet.__sheetFacade(sheet);
    },
    /** Removes the default Sheet1 (or any sheet) without logging. */
    removeSheet(name: string): void {
      const s = sheetModel(name);
      model.sheets = model.sheets.filter((x) => x !== s);
      if (model.activeSheetId === s.id) model.activeSheetId = model.sheets[0]?.id ?? null;
    },
    sheet(name: string): LocalSheet {
      return spreadsheet.__sheetFacade(sheetModel(name));
    },
    sheetNames: (): string[] => model.sheets.map((s) => s.name),
    /** Selects a range (what getActiveRange / getActiveSheet return). */
    select(sheetName: string, a1: string): void {
      const s = sheetModel(sheetName);
      const ref = parseA1Notation(a1);
      if (!ref) throw new Error(`Bad A1 ${a1}`);
      const row = ref.startRow ?? 1;
      const column = ref.startColumn ?? 1;
      model.activeSheetId = s.id;
      model.activeRange = { sheetId: s.id, row, column, numRows: (ref.endRow ?? s.maxRows) - row + 1, numColumns: (ref.endColumn ?? s.maxColumns) - column + 1 };
    },
    /** The computed values of a sheet's data range (host-realm values; '' blank), without logging. */
    values(sheet: string | LocalSheet): StoredValue[][] {
      const s = sheetModel(sheet);
      const out: StoredValue[][] = [];
      const lastRow = s.lastRow(); // each scans the sheet: once, not once per cell
      const lastColumn = s.lastColumn();
      for (let r = 1; r <= lastRow; r++) {
        const row: StoredValue[] = [];
        for (let c = 1; c <= lastColumn; c++) row.push(model.computedValue(s, r, c));
        out.push(row);
      }
      return out;
    },
    /** Everything stored for one cell (a copy), or null if never touched. */
    cell(sheet: string | LocalSheet, a1: string): CellData | null {
      const s = sheetModel(sheet);
      const ref = parseA1Notation(a1);
      if (!ref || ref.startRow === null || ref.startColumn === null) throw new Error(`Bad A1 ${a1}`);
      const c = s.cell(ref.startRow, ref.startColumn);
      return c ? { ...c, validation: c.validation ? { ...c.validation } : null } : null;
    },
    /** Every formula cell (optionally of one sheet): use to assert no formula was created from pasted text. */
    formulaCells(sheet?: string | LocalSheet): FormulaCell[] {
      const sheets = sheet === undefined ? model.sheets : [sheetModel(sheet)];
      const out: FormulaCell[] = [];
      for (const s of sheets) {
        s.cells.forEach((row, r) =>
          row?.forEach((cell, c) => {
            if (cell?.formula) out.push({ sheet: s.name, a1: a1Notation(r + 1, c + 1, 1, 1), row: r + 1, column: c + 1, formula: cell.formula });
          }),
        );
      }
      return out;
    },
    /** Conditional-format look of each cell (first matching rule wins). */
    evaluateConditionalFormats(sheet: string | LocalSheet, rows?: number, columns?: number): CellLook[][] {
      return evaluateConditionalFormats(model, sheetModel(sheet), rows, columns);
    },
    /** The sheet as a person sees it (texts, effective colours, checkboxes, dropdowns, widths): for the preview. */
    sheetView(sheet: string | LocalSheet, minRows?: number, minColumns?: number): SheetView {
      return sheetView(model, sheetModel(sheet), minRows, minColumns);
    },
    /** Developer metadata as plain data (location with sheet names), without logging. */
    metadata() {
      return model.metadata.map((m) => ({
        id: m.id,
        key: m.key,
        value: m.value,
        visibility: m.visibility,
        location: m.location.type === 'SPREADSHEET' ? { type: 'SPREADSHEET' as const } : { ...m.location, sheet: model.sheetById(m.location.sheetId)?.name ?? null },
      }));
    },
    /** Sheet-level facts for assertions, without logging. */
    sheetInfo(sheet: string | LocalSheet) {
      const s = sheetModel(sheet);
      return {
        id: s.id,
        name: s.name,
        maxRows: s.maxRows,
        maxColumns: s.maxColumns,
        frozenRows: s.frozenRows,
        frozenColumns: s.frozenColumns,
        columnWidths: [...s.columnWidths],
        hiddenColumns: s.hiddenColumns.flatMap((h, i) => (h ? [i + 1] : [])),
        rules: s.rules.map((r) => ({ ...r, boxes: r.boxes.map((b) => ({ ...b })) })),
      };
    },
    /** Functions the formula evaluator may call (e.g. the add-on's custom functions), by name. */
    registerFunctions(fns: Record<string, (...args: unknown[]) => unknown>): void {
      for (const [k, v] of Object.entries(fns)) env.functions[k.toUpperCase()] = v;
    },
    /**
     * A person types or pastes into the sheet (not a service call): strings are read as typed input.
     * Returns the edited range and the onEdit `value` / `oldValue` strings (single cell only).
     */
    userEdit(sheet: string, a1: string, input: unknown): { range: LocalRange; value: string | undefined; oldValue: string | undefined } {
      const s = sheetModel(sheet);
      const ref = parseA1Notation(a1);
      if (!ref || ref.startRow === null || ref.startColumn === null) throw new Error(`Bad A1 ${a1}`);
      const rows = (ref.endRow ?? ref.startRow) - ref.startRow + 1;
      const cols = (ref.endColumn ?? ref.startColumn) - ref.startColumn + 1;
      const grid = Array.isArray(input) ? (input as unknown[][]) : Array.from({ length: rows }, () => Array.from({ length: cols }, () => input));
      if (grid.length !== rows || grid.some((r) => !Array.isArray(r) || r.length !== cols)) throw new Error(`userEdit: input is not ${rows}x${cols}`);
      const single = rows === 1 && cols === 1;
      const old = single ? model.computedValue(s, ref.startRow, ref.startColumn) : '';
      if (ref.startRow + rows - 1 > s.maxRows || ref.startColumn + cols - 1 > s.maxColumns) throw new Error('userEdit: outside the sheet');
      grid.forEach((r, i) => r.forEach((v, j) => writeCellValue(env, s.ensureCell(ref.startRow! + i, ref.startColumn! + j), v === '' ? null : v)));
      const now = single ? model.computedValue(s, ref.startRow, ref.startColumn) : '';
      const asText = (v: StoredValue): string | undefined => (v === '' ? undefined : v instanceof Date ? String(dateSerial(v, env.timeZone)) : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));
      return {
        range: spreadsheet.__rangeFacade(s, ref.startRow, ref.startColumn, rows, cols, null, null),
        value: single ? asText(now) : undefined,
        oldValue: single ? asText(old) : undefined,
      };
    },
    /** Switches the realm that values are built in (loadCode does this). */
    setRealm(realm: LocalRealm): void {
      env.realm = realm;
    },
  };
}

export type LocalAppsScript = ReturnType<typeof createLocalAppsScript>;
export type { CellLook, CallRecord, SheetView };
