import type { PastedTable } from '../../shared/types';
import { cellText } from '../../shared/cell-text';
import { columnConcept } from '../../shared/column-concept';

/**
 * The pasted columns the dialog proposes for "add as a new period column": the metric names (a
 * column whose header reads as the KPI name, else the first text column that has text in most rows)
 * and the values (a column whose header reads as the actual, else the first number, currency or
 * percent column after the names). -1 when there is none.
 *
 * @example
 * importDefaultColumns(readPastedTable('Metric,Jun 2025\nRevenue,$10')) // { nameColumn: 0, valueColumn: 1 }
 */
export function importDefaultColumns(table: Pick<PastedTable, 'values' | 'columnFormats'>): { nameColumn: number; valueColumn: number } {
  const header = table.values[0] ?? [];
  const data = table.values.slice(1);
  const formats = table.columnFormats ?? [];
  const concepts = header.map((h) => columnConcept(cellText(h)));
  const filled = (c: number): number => data.filter((row) => typeof row[c] === 'string' && cellText(row[c]) !== '').length;
  let nameColumn = concepts.findIndex((k) => k === 'kpi' || k === 'title');
  if (nameColumn < 0) nameColumn = header.findIndex((_, c) => (formats[c] ?? 'text') === 'text' && filled(c) * 2 >= data.length && data.length > 0);
  const numeric = (c: number): boolean => ['number', 'currency', 'percent'].includes(formats[c] ?? '');
  let valueColumn = concepts.findIndex((k, c) => k === 'current' && c !== nameColumn);
  if (valueColumn < 0) valueColumn = header.findIndex((_, c) => c > nameColumn && numeric(c));
  if (valueColumn < 0) valueColumn = header.findIndex((_, c) => c !== nameColumn && numeric(c));
  return { nameColumn, valueColumn };
}
