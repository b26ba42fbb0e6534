/**
 * The JavaScript realm the add-on code runs in. Code loaded with `loadCode`
 * runs in a node:vm context with its own `Array`, `Date`, `Error` and `Object`;
 * values handed to that code are built with the context's constructors so
 * `instanceof Date` / `instanceof Error` behave as they do in Apps Script.
 */
export interface LocalRealm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
  Object: ObjectConstructor;
}

/** The host realm (used until `loadCode` switches to a vm context). */
export function localRealm(): LocalRealm {
  return { Array, Date, Error, Object };
}
