import type { LocalRealm } from './local-realm';

/**
 * An error shaped like the ones Apps Script services throw: `name` is
 * `Exception`, so `String(error)` reads `Exception: <message>`.
 */
export function appsScriptError(realm: LocalRealm, message: string): Error {
  const error = new realm.Error(message);
  error.name = 'Exception';
  return error;
}
