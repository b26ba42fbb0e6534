import type { Cell, Commitment } from '../../shared/types';
import { keyResultStatus } from '../../shared/key-result-status';
import { parseNumber } from '../../shared/parse-number';
import { mapCells, type CellArg } from './map-cells';
import { blankCell } from './blank-cell';

/** KR_STATUS's body: keyResultStatus per row (default aspirational, elapsed blank = end of period). No service call. */
export function krStatus(score: CellArg, commitment?: CellArg, elapsed?: CellArg): Cell | Cell[][] {
  return mapCells([score, commitment, elapsed], (s, c, e) => {
    if (blankCell(s)) return 'grey';
    const value = typeof s === 'number' ? s : parseNumber(s);
    if (value === null) return `Score: "${String(s)}" is not a number — write a score like 0.7`;
    const t = blankCell(e) ? null : typeof e === 'number' ? e : parseNumber(e);
    if (!blankCell(e) && t === null) return `Elapsed: "${String(e)}" is not a fraction — write one like 0.5 or 50%`;
    return keyResultStatus(value, commitmentOf(c), t === null ? null : t > 1 ? t / 100 : t);
  });
}

function commitmentOf(cell: Cell | undefined): Commitment {
  return /^\s*commit/i.test(String(cell ?? '')) ? 'committed' : 'aspirational';
}
