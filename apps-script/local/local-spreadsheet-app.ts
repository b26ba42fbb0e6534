import { LocalConditionalFormatRuleBuilder } from './local-conditional-format-rule-builder';
import { LocalDataValidationBuilder } from './local-data-validation-builder';
import { fail, guardWrite, logCall, logLocal, type LocalEnv } from './local-env';
import { LocalSpreadsheet } from './local-spreadsheet';
import type { LocalUi } from './local-ui';
import { spreadsheetEnums } from './spreadsheet-enums';

/** `SpreadsheetApp` bound to one open spreadsheet (the add-on's container). */
export function localSpreadsheetApp(env: LocalEnv, spreadsheet: LocalSpreadsheet, ui: LocalUi) {
  return {
    ...spreadsheetEnums,
    // New objects on every call, as in Apps Script (so `===` between two of them is false).
    getActive(): LocalSpreadsheet {
      logCall(env, 'SpreadsheetApp', 'getActive', []);
      return new LocalSpreadsheet(spreadsheet.__model);
    },
    getActiveSpreadsheet(): LocalSpreadsheet {
      logCall(env, 'SpreadsheetApp', 'getActiveSpreadsheet', []);
      return new LocalSpreadsheet(spreadsheet.__model);
    },
    getActiveSheet() {
      logCall(env, 'SpreadsheetApp', 'getActiveSheet', []);
      return spreadsheet.__sheetFacade(spreadsheet.__model.activeSheet());
    },
    getActiveRange() {
      logCall(env, 'SpreadsheetApp', 'getActiveRange', []);
      const sel = spreadsheet.__model.activeRange;
      const sheet = spreadsheet.__model.activeSheet();
      if (!sel || sel.sheetId !== sheet.id) return spreadsheet.__rangeFacade(sheet, 1, 1, 1, 1, null, null);
      return spreadsheet.__rangeFacade(sheet, sel.row, sel.column, sel.numRows, sel.numColumns, null, null);
    },
    getUi(): LocalUi {
      logCall(env, 'SpreadsheetApp', 'getUi', []);
      if (env.customFunction) throw fail(env, 'Cannot call SpreadsheetApp.getUi() from this context.');
      return ui;
    },
    flush(): void {
      logCall(env, 'SpreadsheetApp', 'flush', []);
    },
    openById(id: string): never {
      logCall(env, 'SpreadsheetApp', 'openById', [id]);
      throw fail(env, 'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets');
    },
    openByUrl(url: string): never {
      logCall(env, 'SpreadsheetApp', 'openByUrl', [url]);
      throw fail(env, 'You do not have permission to call SpreadsheetApp.openByUrl. Required permissions: https://www.googleapis.com/auth/spreadsheets');
    },
    create(name: string): never {
      logCall(env, 'SpreadsheetApp', 'create', [name]);
      guardWrite(env, 'create');
      throw fail(env, 'You do not have permission to call SpreadsheetApp.create. Required permissions: https://www.googleapis.com/auth/spreadsheets');
    },
    newConditionalFormatRule(): LocalConditionalFormatRuleBuilder {
      logLocal(env, 'SpreadsheetApp', 'newConditionalFormatRule', []);
      return new LocalConditionalFormatRuleBuilder(env);
    },
    newDataValidation(): LocalDataValidationBuilder {
      logLocal(env, 'SpreadsheetApp', 'newDataValidation', []);
      return new LocalDataValidationBuilder(env);
    },
    toString: () => 'SpreadsheetApp',
  };
}
