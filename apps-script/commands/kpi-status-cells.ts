import type { Cell } from '../../shared/types';
import { scoreKpiCells } from '../../shared/score-kpi-cells';
import { mapCells, type CellArg } from './map-cells';

/** KPI_STATUS's body: scoreKpiCells per row; an unreadable row gives its message as text. No service call. */
export function kpiStatusCells(actual: CellArg, target: CellArg, direction?: CellArg, tolerance?: CellArg): Cell | Cell[][] {
  return mapCells([actual, target, direction, tolerance], (a, t, d, tol) => {
    const result = scoreKpiCells({ actual: a ?? '', target: t ?? '', direction: d ?? '', tolerance: tol ?? '' });
    return result.error ? result.error.message : result.status;
  });
}
