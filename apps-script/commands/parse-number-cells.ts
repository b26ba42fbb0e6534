import type { Cell } from '../../shared/types';
import { parseNumber } from '../../shared/parse-number';
import { mapCells, type CellArg } from './map-cells';
import { blankCell } from './blank-cell';

/** PARSE_NUMBER's body: parseNumber per cell, '' when the text is not a number. No service call. */
export function parseNumberCells(text: CellArg, locale?: CellArg): Cell | Cell[][] {
  return mapCells([text, locale], (t, l) => {
    const value = parseNumber(t ?? '', blankCell(l) ? {} : { locale: String(l) });
    return value === null ? '' : value;
  });
}
