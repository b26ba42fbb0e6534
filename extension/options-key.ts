import type { ExtensionOptions } from './types';
import { sheetKey } from './sheet-key';

/**
 * What a scored view depends on in the options (sheets and names), as one string: the popup shows a
 * cached view only when it was scored for the options as they are now.
 *
 * @example
 * optionsKey({ sheets: [], names: ['Ana'], refreshMinutes: 30 }) // '[[],["Ana"]]'
 */
export function optionsKey(options: Pick<ExtensionOptions, 'sheets' | 'names'>): string {
  return JSON.stringify([options.sheets.map(sheetKey), options.names]);
}
