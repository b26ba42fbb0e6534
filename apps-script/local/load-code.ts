import { existsSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import type { CallRecord } from './call-log';
import { clientServerValue } from './client-server-value';
import type { LocalAppsScript } from './create-local-apps-script';
import type { LocalRealm } from './local-realm';
import type { MenuEntry } from './local-ui';

export interface LoadedCode {
  /** The vm context: every top-level function of Code.js is a property (context.onOpen(e), ...). */
  context: vm.Context & Record<string, unknown>;
  /** Calls recorded while the script's top level ran (Apps Script add-ons must make none). */
  callsDuringLoad: CallRecord[];
  /** Names of the top-level functions Code.js defines. */
  functionNames: string[];
  /** Calls a top-level function by name. */
  call(name: string, ...args: unknown[]): unknown;
  /**
   * Calls a top-level function the way Sheets runs a custom function: methods
   * that change the document, getUi() and other authorized services throw.
   */
  runCustomFunction(name: string, ...args: unknown[]): unknown;
  /** Menu items (from recorded addToUi calls) whose functionName is not a top-level function. */
  missingMenuFunctions(): string[];
  /** Runs `fn` with the services in an auth mode (NONE: only the add-on menu; LIMITED: no sidebars/dialogs). */
  withAuthMode<T>(mode: AuthModeName, fn: () => T): T;
  /** Fires onOpen(e) as Sheets does (default AuthMode.LIMITED; NONE when the add-on is not yet used in the file). */
  open(mode?: AuthModeName): unknown;
  /** Fires onInstall(e) in AuthMode.FULL. */
  install(): unknown;
  /**
   * A person edits `a1` on `sheet` (typing or pasting `input`: a value, or a grid for a block), then the
   * onEdit simple trigger fires in AuthMode.LIMITED with { range, value, oldValue, source, user, authMode }.
   * The edit itself is not a service call. Returns onEdit's result (undefined when there is no onEdit).
   */
  edit(sheet: string, a1: string, input: unknown, mode?: AuthModeName): unknown;
  /**
   * Calls a server function the way the sidebar's google.script.run does: names ending in `_` are
   * private (refused), arguments must be primitives / arrays / plain objects (a Date fails the call),
   * and a result holding a Date or other non-plain value arrives as null. Runs in AuthMode.FULL.
   */
  serverCall(name: string, ...args: unknown[]): unknown;
}

export type AuthModeName = 'FULL' | 'LIMITED' | 'NONE';

/** Globals Apps Script's V8 runtime does not have; left undefined so accidental use fails. */
const ABSENT = ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'require', 'process', 'fetch', 'window', 'document', 'Buffer'];

function isLocal(target: unknown): target is LocalAppsScript {
  return typeof target === 'object' && target !== null && 'globals' in target && 'setRealm' in target;
}

function menuNames(items: MenuEntry[]): string[] {
  return items.flatMap((i) => (i.type === 'item' ? [i.functionName] : i.type === 'submenu' ? menuNames(i.items) : []));
}

/**
 * Runs a built Code.js (path or source) in a fresh node:vm context whose
 * globals are the local Apps Script services. Pass the object returned by
 * createLocalAppsScript (preferred: values then come back in the script's own
 * realm, so `instanceof Date` works) or a plain globals object.
 */
export function loadCode(source: string, target: LocalAppsScript | Record<string, unknown>, options: { filename?: string } = {}): LoadedCode {
  const isPath = !source.includes('\n') && existsSync(source);
  const code = isPath ? readFileSync(source, 'utf8') : source;
  const filename = options.filename ?? (isPath ? source : 'Code.js');
  const context = vm.createContext({}) as vm.Context & Record<string, unknown>;
  const realm = vm.runInContext('({ Array, Date, Error, Object })', context) as LocalRealm;
  const local = isLocal(target) ? target : null;
  const globals = local ? (local.globals as unknown as Record<string, unknown>) : target;
  if (local) local.setRealm(realm);
  for (const [k, v] of Object.entries(globals)) context[k] = v;
  for (const k of ABSENT) context[k] = undefined;
  const before = new Set(Object.keys(context));
  const startCalls = local ? local.calls.length : 0;
  new vm.Script(code, { filename }).runInContext(context);
  const callsDuringLoad = local ? local.calls.slice(startCalls) : [];
  const functionNames = Object.keys(context).filter((k) => !before.has(k) && typeof context[k] === 'function');

  const call = (name: string, ...args: unknown[]): unknown => {
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
    return (fn as (...a: unknown[]) => unknown)(...args);
  };
  const runCustomFunction = (name: string, ...args: unknown[]): unknown => {
    if (!local) return call(name, ...args);
    const env = local.env;
    const previous = env.customFunction;
    env.customFunction = true;
    try {
      const toRealm = (v: unknown): unknown => (Array.isArray(v) ? realm.Array.from(v.map(toRealm)) : v instanceof Date ? new realm.Date(v.getTime()) : v);
      return call(name, ...args.map(toRealm));
    } finally {
      env.customFunction = previous;
    }
  };
  if (local) {
    // Custom functions (upper-case names) become available to formulas in cells, e.g. =KR_SCORE(C2, D2, E2).
    const fns: Record<string, (...a: unknown[]) => unknown> = {};
    for (const name of functionNames) if (/^[A-Z][A-Z0-9_]*$/.test(name)) fns[name] = (...a: unknown[]) => runCustomFunction(name, ...a);
    local.registerFunctions(fns);
  }
  // Plain data from the host, rebuilt with the script's own constructors.
  const toScriptRealm = (v: unknown): unknown => (v === undefined ? undefined : (vm.runInContext('(function (t) { return JSON.parse(t); })', context) as (t: string) => unknown)(JSON.stringify(v)));
  const withAuthMode = <T>(mode: AuthModeName, fn: () => T): T => {
    if (!local) return fn();
    const previous = local.env.authMode;
    local.env.authMode = mode;
    try {
      return fn();
    } finally {
      local.env.authMode = previous;
    }
  };
  const eventBase = (mode: AuthModeName): Record<string, unknown> => {
    const e = new realm.Object() as Record<string, unknown>;
    if (!local) return e;
    e.authMode = (local.globals.ScriptApp.AuthMode as Record<string, unknown>)[mode];
    e.source = local.spreadsheet;
    e.user = { getEmail: () => local.userEmail, toString: () => 'User' };
    e.triggerUid = 'local-trigger';
    return e;
  };
  const fire = (name: string, e: unknown, mode: AuthModeName): unknown => (typeof context[name] === 'function' ? withAuthMode(mode, () => call(name, e)) : undefined);
  return {
    context,
    withAuthMode,
    serverCall(name: string, ...args: unknown[]): unknown {
      if (name.endsWith('_')) throw new Error(`${name} is private: google.script.run cannot call functions whose names end with _`);
      const cleanArgs = args.map((a) => clientServerValue(a, 'argument')).map((a) => toScriptRealm(a));
      return clientServerValue(withAuthMode('FULL', () => call(name, ...cleanArgs)), 'result');
    },
    open: (mode: AuthModeName = 'LIMITED') => fire('onOpen', eventBase(mode), mode),
    install: () => fire('onInstall', eventBase('FULL'), 'FULL'),
    edit(sheet: string, a1: string, input: unknown, mode: AuthModeName = 'LIMITED'): unknown {
      if (!local) throw new Error('edit() needs the object returned by createLocalAppsScript');
      const edited = local.userEdit(sheet, a1, input);
      const e = eventBase(mode);
      e.range = edited.range;
      if (edited.value !== undefined) e.value = edited.value;
      if (edited.oldValue !== undefined) e.oldValue = edited.oldValue;
      return fire('onEdit', e, mode);
    },
    callsDuringLoad,
    functionNames,
    call,
    runCustomFunction,
    missingMenuFunctions(): string[] {
      if (!local) return [];
      return local.ui.menus.flatMap((m) => menuNames(m.items)).filter((n) => typeof context[n] !== 'function');
    },
  };
}
