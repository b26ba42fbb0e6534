import { appsScriptError } from './apps-script-error';
import type { CallLog } from './call-log';
import type { LocalRealm } from './local-realm';

/** State shared by every object of one local Apps Script instance. */
export interface LocalEnv {
  log: CallLog;
  realm: LocalRealm;
  /** Spreadsheet time zone (IANA) and locale (`en_US`). */
  timeZone: string;
  locale: string;
  /** The clock (`new Date()` unless the test fixes it). */
  now: () => Date;
  /**
   * Set while a custom function runs (`runCustomFunction`): as in Sheets, any
   * method that changes the document or needs authorization throws.
   */
  customFunction: boolean;
  /**
   * The authorization mode the current code runs in: FULL (menu items, sidebar calls),
   * LIMITED (simple triggers: no sidebars or dialogs), NONE (onOpen before the add-on is
   * used in the document: only the add-on menu).
   */
  authMode: 'FULL' | 'LIMITED' | 'NONE';
  /** Custom functions known to the formula evaluator (upper-case names). */
  functions: Record<string, (...args: unknown[]) => unknown>;
}

/**
 * What AuthMode.NONE allows: the add-on menu and services that need no authorization
 * (Google: "does not allow access to any services that require authorization").
 */
const NONE_ALLOWED = new Set([
  'SpreadsheetApp.getUi',
  'Menu.addToUi',
  'Session.getActiveUserLocale',
  'Session.getScriptTimeZone',
  'Session.getTemporaryActiveUserKey',
  'HtmlService.createHtmlOutput',
  'HtmlService.createHtmlOutputFromFile',
  'HtmlService.createTemplate',
  'HtmlService.createTemplateFromFile',
]);
/** What simple triggers (AuthMode.LIMITED) may not do. */
const LIMITED_BLOCKED = new Set(['Ui.showSidebar', 'Ui.showModalDialog', 'Ui.showModelessDialog', 'ScriptApp.newTrigger', 'ScriptApp.getProjectTriggers']);

/** Logs a counted call (`service.method(args)`) and enforces the current auth mode. */
export function logCall(env: LocalEnv, service: string, method: string, args: readonly unknown[]): void {
  env.log.record(service, method, args, true);
  const name = `${service.replace(/\(.*\)$/, '')}.${method}`;
  if ((env.authMode === 'NONE' && !NONE_ALLOWED.has(name)) || (env.authMode === 'LIMITED' && LIMITED_BLOCKED.has(name))) {
    throw fail(env, `You do not have permission to call ${name}. (AuthMode.${env.authMode})`);
  }
}

/** Logs a local (uncounted) call. */
export function logLocal(env: LocalEnv, service: string, method: string, args: readonly unknown[]): void {
  env.log.record(service, method, args, false);
}

/** Throws like Apps Script when a custom function calls a method it may not use. */
export function guardWrite(env: LocalEnv, method: string): void {
  if (env.customFunction) throw appsScriptError(env.realm, `You do not have permission to call ${method}`);
}

export function fail(env: LocalEnv, message: string): Error {
  return appsScriptError(env.realm, message);
}
