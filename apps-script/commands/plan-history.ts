import type { Cell, KeyResultResult, Problem, SheetReport } from '../../shared/types';
import { HISTORY_SHEET_NAME } from '../../shared/history-columns';
import { readHistory } from '../../shared/read-history';
import { replaceScoringDay, type ScoringDayWrite } from '../../shared/replace-scoring-day';
import type { HistoryPlan } from '../plans/history-plan';
import { historyIndex, historySeriesKey } from '../../shared/history-index';
import { keyResultKey } from '../../shared/key-result-key';
import { keyResultTrend, type KeyResultTrend } from '../../shared/key-result-trend';
import { lowConfidenceProblem } from '../../shared/low-confidence-problem';
import type { CheckIn } from '../../shared/types';
import { roundScore } from './round-score';

/** What a scoring needs to record a sheet in the history tab. */
export interface HistoryInput {
  /** The scored tab's name (the history's Sheet column). */
  sheetName: string;
  /** The history tab's cells (one getDataRange().getValues()), or null when there is no such tab. */
  values: Cell[][] | null;
  /** Makes a new short id for a KR that has none (only called for those). */
  newId: () => string;
  /** Whether to record today's scoring (false: only read the trends, e.g. for the sidebar). */
  record: boolean;
  /**
   * Whether a KR on this sheet row may get a new id (its row is written and the sheet has, or gets, a
   * `Scorecard id` column); a KR that may not keeps the key it has. Default: none.
   */
  assignIds?: (row: number) => boolean;
}

/**
 * Plans the history side of a scoring: every KR keeps the `Scorecard id` it has in the sheet (a KR
 * without one, or with one a copied row already uses, gets a new id, and its report `key` becomes it);
 * today's row of every KR replaces this sheet's scoring rows of today in the history tab (people's
 * check-ins, other days and other sheets are kept; rows that do not parse are problems and are kept);
 * then each KR's trend is read from the history as it will be. A KR's history under its text key
 * (before it had an id) counts as its own. Pure.
 */
export function planHistory(report: SheetReport, input: HistoryInput, today: string, timeZone?: string): HistoryPlan {
  const ids = new Map<number, string>();
  const textKeys = new Map<number, string>();
  const seen = new Set<string>();
  const keyResults: { kr: KeyResultResult; objective: string }[] = [];
  for (const objective of report.objectives) for (const kr of objective.keyResults) keyResults.push({ kr, objective: objective.title });
  for (const { kr } of keyResults) if (isId(kr.key)) seen.add(kr.key);
  const used = new Set<string>();
  for (const { kr, objective } of keyResults) {
    textKeys.set(kr.row, keyResultKey(null, objective, kr.title));
    let id = isId(kr.key) && !used.has(kr.key) ? kr.key : '';
    if (!id && !input.assignIds?.(kr.row)) continue;
    for (let attempt = 0; !id; attempt++) {
      const candidate = attempt < 50 ? input.newId() : `${input.newId()}${attempt}`;
      if (!seen.has(candidate)) id = candidate;
    }
    used.add(id);
    seen.add(id);
    ids.set(kr.row, id);
    kr.key = id;
  }

  const read = input.values ? readHistory(input.values, timeZone ? { timeZone } : {}) : { entries: [] as CheckIn[], problems: [] as Problem[] };
  const problems: Problem[] = read.problems.map((p) => ({ ...p, message: `${HISTORY_SHEET_NAME}: ${p.message}` }));
  let entries = read.entries;
  let write: ScoringDayWrite | null = null;
  if (input.record) {
    const rows: CheckIn[] = keyResults.map(({ kr, objective }) => ({
      date: today,
      sheet: input.sheetName,
      key: kr.key,
      objective,
      keyResult: kr.title,
      owner: kr.owner,
      current: kr.current,
      score: roundScore(kr.score) === '' ? null : (roundScore(kr.score) as number),
      status: kr.status,
      confidence: kr.confidence ?? null,
      note: '',
      by: '',
    }));
    write = replaceScoringDay(input.values ?? [], entries, { sheet: input.sheetName, date: today }, rows);
    entries = write.entries;
  }

  const index = historyIndex(entries);
  const trends = new Map<number, KeyResultTrend>();
  for (const { kr } of keyResults) {
    const byId = index.get(historySeriesKey(input.sheetName, kr.key)) ?? [];
    const byText = index.get(historySeriesKey(input.sheetName, textKeys.get(kr.row)!)) ?? [];
    const trend = keyResultTrend(byText.length ? [...byText, ...byId] : byId, report.asOf, { start: kr.periodStart ?? null, end: kr.periodEnd ?? null });
    trends.set(kr.row, trend);
    if ((kr.confidence === undefined || kr.confidence === null) && trend.confidence !== null) {
      const low = lowConfidenceProblem(kr, trend.confidence, null);
      if (low) problems.push({ ...low, message: `${low.message} (latest check-in)` });
    }
  }
  return { write, problems, trends, ids };
}

/** Whether a key is a `Scorecard id` (not an objective / KR text key). */
function isId(key: string): boolean {
  return key !== '' && !key.includes(' / ');
}
