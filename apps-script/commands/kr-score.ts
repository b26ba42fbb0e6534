import type { Cell } from '../../shared/types';
import { scoreKeyResultCells } from '../../shared/score-key-result-cells';
import { mapCells, type CellArg } from './map-cells';
import { blankCell } from './blank-cell';

/** KR_SCORE's body: scoreKeyResultCells per row; an unreadable row gives its message as text. No service call. */
export function krScore(start: CellArg, target: CellArg, current: CellArg, kind?: CellArg): Cell | Cell[][] {
  return mapCells([start, target, current, kind], (s, t, c, k) => {
    if (blankCell(t) && blankCell(c) && blankCell(s)) return '';
    const result = scoreKeyResultCells({ start: s ?? '', target: t ?? '', current: c ?? '', kind: k ?? '' });
    if (result.error) return result.error.message;
    return result.score === null ? '' : result.score;
  });
}
