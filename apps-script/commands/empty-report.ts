import type { SheetReport } from '../../shared/types';

/** A report with nothing in it, for a tab that is not scored (the add-on's own tabs). */
export function emptyReport(asOf: string): SheetReport {
  return { kind: 'okr', headerRow: 1, objectives: [], kpis: [], problems: [], skipped: [], columns: {}, headers: [], asOf };
}
