import type { Problem } from '../../shared/types';
import type { ScoringDayWrite } from '../../shared/replace-scoring-day';
import type { KeyResultTrend } from '../../shared/key-result-trend';

/** What a scoring plans for the `Scorecard history` tab (commands/plan-history → platform/write-history). */
export interface HistoryPlan {
  /** What to write in the history tab (null when nothing is recorded). */
  write: ScoringDayWrite | null;
  /** History rows that do not parse (kept in the tab), and low-confidence warnings from check-ins. */
  problems: Problem[];
  /** Each KR's trend, by its sheet row. */
  trends: Map<number, KeyResultTrend>;
  /** The `Scorecard id` of each KR, by its sheet row: the one in the sheet, or a new one. */
  ids: Map<number, string>;
}
