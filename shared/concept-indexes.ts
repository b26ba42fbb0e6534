import type { ColumnConcept } from './types';

/** The column index of every concept, -1 when the sheet has no such column. */
export type ConceptIndexes = Record<ColumnConcept, number>;

/**
 * The column map as one object with every concept present, in a fixed order: row readers look a
 * concept up on every row, and a fixed-shape object keeps that lookup fast (the sparse, edited
 * `columns` map may not be). Build it once the columns are final.
 *
 * @example
 * conceptIndexes({ objective: 0, target: 4 }).target // 4
 * conceptIndexes({ objective: 0, target: 4 }).current // -1
 */
export function conceptIndexes(columns: Partial<Record<ColumnConcept, number>>): ConceptIndexes {
  const at = (concept: ColumnConcept): number => columns[concept] ?? -1;
  return {
    id: at('id'),
    parent: at('parent'),
    objective: at('objective'),
    keyResult: at('keyResult'),
    kpi: at('kpi'),
    title: at('title'),
    rowType: at('rowType'),
    owner: at('owner'),
    team: at('team'),
    start: at('start'),
    target: at('target'),
    current: at('current'),
    due: at('due'),
    startDate: at('startDate'),
    period: at('period'),
    commitment: at('commitment'),
    kind: at('kind'),
    weight: at('weight'),
    confidence: at('confidence'),
    unit: at('unit'),
    direction: at('direction'),
    status: at('status'),
    score: at('score'),
    notes: at('notes'),
    greenAt: at('greenAt'),
    redAt: at('redAt'),
    linkedKpi: at('linkedKpi'),
    tolerance: at('tolerance'),
    date: at('date'),
    level: at('level'),
    scorecardId: at('scorecardId'),
  };
}
