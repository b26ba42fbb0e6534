import type { Cell, Problem, Settings, SheetReport } from '../../shared/types';
import type { OutputRole } from '../names/output-role';
import type { HistoryPlan } from './history-plan';

/**
 * What a scoring plan (commands/plan-scoring) hands to the writer (platform/write-scoring): the report,
 * the output columns to add or reuse, and the cells to write in them.
 */

/** An output column found in the sheet (by its developer metadata). */
export interface OutputColumn {
  role: OutputRole;
  /** 1-based column. */
  column: number;
}

/** One setValues: a run of adjacent output columns over sheet rows `fromRow`..`fromRow + values.length - 1`. */
export interface OutputBlock {
  column: number;
  fromRow: number;
  roles: OutputRole[];
  values: Cell[][];
}

export interface ScoringPlan {
  report: SheetReport;
  settings: Settings;
  /** Problems with the settings tab, then the sheet's own. */
  problems: Problem[];
  /** Whether there is anything to write (a header row was found and rows were read). */
  ok: boolean;
  /** Output columns to add to the right of the data, left to right. */
  create: OutputColumn[];
  /** Where every output role ends up. */
  columns: OutputColumn[];
  blocks: OutputBlock[];
  /** OKR sheets scored with the history tab: what to record there, and each KR's trend. */
  history?: HistoryPlan;
}
