import type { Cell } from '../../shared/types';
import { kpiActualFromTabs, kpiIndex } from './kpi-actual-from-tabs';
import type { CellArg } from './map-cells';
import { readAllTabs } from '../platform/read-all-tabs';

/**
 * KPI_ACTUAL's body: reads the spreadsheet's tabs (read-only calls, once per call even for a range of
 * names), then returns each named KPI's latest actual. A single name gives a single value; a range
 * gives one value per cell (a name that matches nothing gives its message as text there, so the
 * other rows still show).
 */
export function kpiActual(name: CellArg): Cell | Cell[][] {
  const index = kpiIndex(readAllTabs());
  if (!Array.isArray(name)) return kpiActualFromTabs(name ?? '', index);
  return name.map((row) => (Array.isArray(row) ? row : [row]).map((cell) => {
    if (cellIsBlank(cell)) return '';
    try {
      return kpiActualFromTabs(cell, index);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }));
}

function cellIsBlank(cell: Cell): boolean {
  return cell === null || cell === '' || (typeof cell === 'string' && cell.trim() === '');
}
