import { fail, guardWrite, logCall, type LocalEnv } from './local-env';
import type { LocalSpreadsheet } from './local-spreadsheet';
import type { SheetModel } from './sheet-model';

/** The shared machinery of a Sheet: logging, liveness and argument checks. */
export class SheetBase {
  constructor(
    protected readonly book: LocalSpreadsheet,
    /** @internal */ readonly __model: SheetModel,
  ) {}

  protected get env(): LocalEnv {
    return this.book.__model.env;
  }

  protected log(method: string, args: readonly unknown[]): void {
    logCall(this.env, 'Sheet', method, args);
  }

  protected alive(): SheetModel {
    if (!this.book.__model.sheets.includes(this.__model)) throw fail(this.env, 'This sheet has been deleted.');
    return this.__model;
  }

  protected write(method: string): SheetModel {
    guardWrite(this.env, method);
    return this.alive();
  }

  protected intArg(method: string, args: unknown[]): void {
    const list = Array.from(args as ArrayLike<unknown>);
    if (list.some((a) => a === undefined || a === null || (typeof a === 'number' && !Number.isFinite(a)) || typeof a !== 'number')) {
      const shown = list.map((a) => (a === null || a === undefined ? 'null' : typeof a === 'number' ? 'number' : typeof a)).join(',');
      throw fail(this.env, `The parameters (${shown}) don't match the method signature for SpreadsheetApp.Sheet.${method}.`);
    }
  }
}
