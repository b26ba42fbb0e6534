/**
 * The record of every service call the add-on makes.
 *
 * Counted ("round trips"): methods on SpreadsheetApp (except the local
 * builders `newConditionalFormatRule` / `newDataValidation` and enums),
 * Spreadsheet, Sheet, Range (except pure geometry: getRow, getColumn,
 * getNumRows, getNumColumns, getLastRow, getLastColumn, getA1Notation,
 * getSheet, getGridId), Ui (incl. Menu.addToUi, not addItem/addSeparator/
 * addSubMenu), PropertiesService and Properties, LockService and Lock,
 * HtmlService.create*, Session, ScriptApp, DeveloperMetadata mutations and finders.
 * Not counted (logged with counted=false): builders and build(), rule/
 * validation/metadata getters, Menu building, HtmlOutput setters,
 * Utilities, Logger, console.
 */
export interface CallRecord {
  /** Sequence number, from 1. */
  seq: number;
  service: string;
  method: string;
  /** A short text summary of the arguments. */
  args: string;
  counted: boolean;
}

export interface CallLog {
  readonly calls: CallRecord[];
  record(service: string, method: string, args: readonly unknown[], counted?: boolean): void;
  /** Number of counted calls since the last reset. */
  count(): number;
  reset(): void;
}

function summarize(value: unknown, depth = 0): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'function') return 'fn';
  if (Object.prototype.toString.call(value) === '[object Date]') return `Date(${(value as Date).toISOString?.() ?? ''})`;
  if (Array.isArray(value)) {
    if (depth > 0) return `[${value.length}]`;
    const inner = Array.isArray(value[0]) ? `${value.length}x${(value[0] as unknown[]).length}` : String(value.length);
    return `[${inner}]`;
  }
  const tag = (value as { toString?: () => string }).toString?.();
  return typeof tag === 'string' && tag !== '[object Object]' ? tag : 'object';
}

export function callLog(): CallLog {
  const calls: CallRecord[] = [];
  let counted = 0;
  let seq = 0;
  return {
    calls,
    record(service, method, args, isCounted = true) {
      seq += 1;
      const list = [...args];
      while (list.length && list[list.length - 1] === undefined) list.pop();
      calls.push({ seq, service, method, args: list.map((a) => summarize(a)).join(', '), counted: isCounted });
      if (isCounted) counted += 1;
    },
    count: () => counted,
    reset() {
      calls.length = 0;
      counted = 0;
    },
  };
}
