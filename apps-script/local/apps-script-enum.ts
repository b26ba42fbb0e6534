/** One value of an Apps Script enum: an object (not a string) whose toString() is its name. */
export interface EnumValue<N extends string = string> {
  readonly name: () => N;
  readonly toString: () => N;
  readonly toJSON: () => N;
  readonly ordinal: () => number;
}

/**
 * Builds an Apps Script style enum. As in Apps Script, values are objects:
 * compare them with `===` against the enum (or with `String(x)`), never with
 * a bare string.
 */
export function appsScriptEnum<N extends string>(names: readonly N[]): Readonly<Record<N, EnumValue<N>>> {
  const out = {} as Record<N, EnumValue<N>>;
  names.forEach((name, index) => {
    out[name] = Object.freeze({ name: () => name, toString: () => name, toJSON: () => name, ordinal: () => index });
  });
  return Object.freeze(out);
}
